using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Drills.Bot.Storage.Postgres.Migrations
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
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ItemDrillId",
                table: "Reviews",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<int>(
                name: "Confidence",
                table: "Predictions",
                type: "integer",
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
