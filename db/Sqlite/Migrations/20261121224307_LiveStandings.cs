using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SkillsLadder.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LiveStandings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LiveBoards",
                columns: table => new
                {
                    CompetitionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiveBoards", x => x.CompetitionId);
                    table.ForeignKey(
                        name: "FK_LiveBoards_Competitions_CompetitionId",
                        column: x => x.CompetitionId,
                        principalTable: "Competitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LiveStandings",
                columns: table => new
                {
                    CompetitionId = table.Column<int>(type: "INTEGER", nullable: false),
                    EntrantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Bib = table.Column<int>(type: "INTEGER", nullable: false),
                    TotalHundredths = table.Column<int>(type: "INTEGER", nullable: false),
                    TheoryHundredths = table.Column<int>(type: "INTEGER", nullable: false),
                    PracticalHundredths = table.Column<int>(type: "INTEGER", nullable: false),
                    TimeUsedSeconds = table.Column<int>(type: "INTEGER", nullable: true),
                    MissingAspects = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiveStandings", x => new { x.CompetitionId, x.EntrantId });
                    table.ForeignKey(
                        name: "FK_LiveStandings_Competitions_CompetitionId",
                        column: x => x.CompetitionId,
                        principalTable: "Competitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LiveStandings_CompetitionId_TotalHundredths",
                table: "LiveStandings",
                columns: new[] { "CompetitionId", "TotalHundredths" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LiveBoards");

            migrationBuilder.DropTable(
                name: "LiveStandings");
        }
    }
}
