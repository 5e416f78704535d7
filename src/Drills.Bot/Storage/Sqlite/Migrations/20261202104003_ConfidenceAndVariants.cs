using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Drills.Bot.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ConfidenceAndVariants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Confidence",
                table: "Reviews",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ItemDrillId",
                table: "Reviews",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Confidence",
                table: "Predictions",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Confidence",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "ItemDrillId",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "Confidence",
                table: "Predictions");
        }
    }
}
