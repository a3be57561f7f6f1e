using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SkillsLadder.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Ranking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "TimeUsedSeconds",
                table: "Entrants",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RankingRules_FirstPrizes",
                table: "Competitions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "RankingRules_HonourTitle",
                table: "Competitions",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RankingRules_HonourTopN",
                table: "Competitions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RankingRules_MedallionFrom",
                table: "Competitions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RankingRules_MedalsForTopThree",
                table: "Competitions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "RankingRules_PrizeMode",
                table: "Competitions",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "RankingRules_PromotionCapLevelRank",
                table: "Competitions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RankingRules_PromotionTopN",
                table: "Competitions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RankingRules_SecondPrizes",
                table: "Competitions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RankingRules_StandardCentre",
                table: "Competitions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RankingRules_StandardSpread",
                table: "Competitions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "RankingRules_Standardisation",
                table: "Competitions",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "RankingRules_StrictOrder",
                table: "Competitions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "RankingRules_ThirdPrizes",
                table: "Competitions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "RankingRules_TieBreaks",
                table: "Competitions",
                type: "character varying(60)",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "JobRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    JobName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    JobGroup = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FireInstanceId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Node = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Attempt = table.Column<int>(type: "integer", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DurationMs = table.Column<long>(type: "bigint", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Error = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StandingsDemands",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CompetitionId = table.Column<int>(type: "integer", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandingsDemands", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StandingsDemands_Competitions_CompetitionId",
                        column: x => x.CompetitionId,
                        principalTable: "Competitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StandingsSnapshots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CompetitionId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Basis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    InputHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DemandUpTo = table.Column<long>(type: "bigint", nullable: false),
                    EntrantCount = table.Column<int>(type: "integer", nullable: false),
                    FinalisedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    FinalisedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SupersededById = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandingsSnapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StandingsSnapshots_Competitions_CompetitionId",
                        column: x => x.CompetitionId,
                        principalTable: "Competitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StandingsRows",
                columns: table => new
                {
                    SnapshotId = table.Column<int>(type: "integer", nullable: false),
                    EntrantId = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    Tied = table.Column<bool>(type: "boolean", nullable: false),
                    TotalHundredths = table.Column<int>(type: "integer", nullable: false),
                    StandardHundredths = table.Column<int>(type: "integer", nullable: true),
                    TheoryHundredths = table.Column<int>(type: "integer", nullable: true),
                    PracticalHundredths = table.Column<int>(type: "integer", nullable: true),
                    TimeUsedSeconds = table.Column<int>(type: "integer", nullable: true),
                    Prize = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Medal = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Proposal = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Explanation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandingsRows", x => new { x.SnapshotId, x.EntrantId });
                    table.ForeignKey(
                        name: "FK_StandingsRows_StandingsSnapshots_SnapshotId",
                        column: x => x.SnapshotId,
                        principalTable: "StandingsSnapshots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_JobGroup_JobName_StartedAt",
                table: "JobRuns",
                columns: new[] { "JobGroup", "JobName", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_StartedAt",
                table: "JobRuns",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_StandingsDemands_CompetitionId_Id",
                table: "StandingsDemands",
                columns: new[] { "CompetitionId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_StandingsRows_SnapshotId_Position",
                table: "StandingsRows",
                columns: new[] { "SnapshotId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StandingsSnapshots_CompetitionId_Basis_Status",
                table: "StandingsSnapshots",
                columns: new[] { "CompetitionId", "Basis", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_StandingsSnapshots_CompetitionId_Number",
                table: "StandingsSnapshots",
                columns: new[] { "CompetitionId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JobRuns");

            migrationBuilder.DropTable(
                name: "StandingsDemands");

            migrationBuilder.DropTable(
                name: "StandingsRows");

            migrationBuilder.DropTable(
                name: "StandingsSnapshots");

            migrationBuilder.DropColumn(
                name: "TimeUsedSeconds",
                table: "Entrants");

            migrationBuilder.DropColumn(
                name: "RankingRules_FirstPrizes",
                table: "Competitions");

            migrationBuilder.DropColumn(
                name: "RankingRules_HonourTitle",
                table: "Competitions");

            migrationBuilder.DropColumn(
                name: "RankingRules_HonourTopN",
                table: "Competitions");

            migrationBuilder.DropColumn(
                name: "RankingRules_MedallionFrom",
                table: "Competitions");

            migrationBuilder.DropColumn(
                name: "RankingRules_MedalsForTopThree",
                table: "Competitions");

            migrationBuilder.DropColumn(
                name: "RankingRules_PrizeMode",
                table: "Competitions");

            migrationBuilder.DropColumn(
                name: "RankingRules_PromotionCapLevelRank",
                table: "Competitions");

            migrationBuilder.DropColumn(
                name: "RankingRules_PromotionTopN",
                table: "Competitions");

            migrationBuilder.DropColumn(
                name: "RankingRules_SecondPrizes",
                table: "Competitions");

            migrationBuilder.DropColumn(
                name: "RankingRules_StandardCentre",
                table: "Competitions");

            migrationBuilder.DropColumn(
                name: "RankingRules_StandardSpread",
                table: "Competitions");

            migrationBuilder.DropColumn(
                name: "RankingRules_Standardisation",
                table: "Competitions");

            migrationBuilder.DropColumn(
                name: "RankingRules_StrictOrder",
                table: "Competitions");

            migrationBuilder.DropColumn(
                name: "RankingRules_ThirdPrizes",
                table: "Competitions");

            migrationBuilder.DropColumn(
                name: "RankingRules_TieBreaks",
                table: "Competitions");
        }
    }
}
