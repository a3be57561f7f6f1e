using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SkillsLadder.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class StandingsRowsWithoutSnapshotKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_StandingsRows_StandingsSnapshots_SnapshotId",
                table: "StandingsRows");

            migrationBuilder.DropIndex(
                name: "IX_StandingsRows_SnapshotId_Position",
                table: "StandingsRows");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_StandingsRows_SnapshotId_Position",
                table: "StandingsRows",
                columns: new[] { "SnapshotId", "Position" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_StandingsRows_StandingsSnapshots_SnapshotId",
                table: "StandingsRows",
                column: "SnapshotId",
                principalTable: "StandingsSnapshots",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
