using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Drills.Bot.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LeaderboardIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Scores_GroupId_Right",
                table: "Scores");

            migrationBuilder.CreateIndex(
                name: "IX_Scores_GroupId_Right_Answered_UserId",
                table: "Scores",
                columns: new[] { "GroupId", "Right", "Answered", "UserId" },
                descending: new[] { false, true, false, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Scores_GroupId_Right_Answered_UserId",
                table: "Scores");

            migrationBuilder.CreateIndex(
                name: "IX_Scores_GroupId_Right",
                table: "Scores",
                columns: new[] { "GroupId", "Right" });
        }
    }
}
