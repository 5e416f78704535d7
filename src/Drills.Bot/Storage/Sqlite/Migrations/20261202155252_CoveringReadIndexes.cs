using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Drills.Bot.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CoveringReadIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reviews_UserId_At",
                table: "Reviews");

            migrationBuilder.DropIndex(
                name: "IX_Predictions_GroupId_UserId_LocalDate",
                table: "Predictions");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_UserId_DrillId_Confidence_IsRight_At",
                table: "Reviews",
                columns: new[] { "UserId", "DrillId", "Confidence", "IsRight", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_RedoItems_UserId_Mastered_DueAt_DrillId",
                table: "RedoItems",
                columns: new[] { "UserId", "Mastered", "DueAt", "DrillId" });

            migrationBuilder.CreateIndex(
                name: "IX_Predictions_GroupId_UserId_LocalDate_IsRight",
                table: "Predictions",
                columns: new[] { "GroupId", "UserId", "LocalDate", "IsRight" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Reviews_UserId_DrillId_Confidence_IsRight_At",
                table: "Reviews");

            migrationBuilder.DropIndex(
                name: "IX_RedoItems_UserId_Mastered_DueAt_DrillId",
                table: "RedoItems");

            migrationBuilder.DropIndex(
                name: "IX_Predictions_GroupId_UserId_LocalDate_IsRight",
                table: "Predictions");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_UserId_At",
                table: "Reviews",
                columns: new[] { "UserId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Predictions_GroupId_UserId_LocalDate",
                table: "Predictions",
                columns: new[] { "GroupId", "UserId", "LocalDate" });
        }
    }
}
