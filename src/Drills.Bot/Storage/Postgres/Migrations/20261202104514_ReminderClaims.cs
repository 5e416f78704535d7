using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Drills.Bot.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ReminderClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReminderClaimedBy",
                table: "Members",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<long>(
                name: "ReminderClaimedUntil",
                table: "Members",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReminderClaimedBy",
                table: "Members");

            migrationBuilder.DropColumn(
                name: "ReminderClaimedUntil",
                table: "Members");
        }
    }
}
