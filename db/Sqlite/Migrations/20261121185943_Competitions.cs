using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SkillsLadder.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Competitions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Competitions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Class = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OccupationId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndustryId = table.Column<int>(type: "INTEGER", nullable: true),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Organizer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TeamSize = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SchemeVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Eligibility_HonourCoolingOffYears = table.Column<int>(type: "INTEGER", nullable: true),
                    Eligibility_MaximumLevelRank = table.Column<int>(type: "INTEGER", nullable: true),
                    Eligibility_MinimumLevelRank = table.Column<int>(type: "INTEGER", nullable: true),
                    Eligibility_MinimumYearsInPost = table.Column<int>(type: "INTEGER", nullable: true),
                    Eligibility_OccupationMustMatch = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Competitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Competitions_Industries_IndustryId",
                        column: x => x.IndustryId,
                        principalTable: "Industries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Competitions_Occupations_OccupationId",
                        column: x => x.OccupationId,
                        principalTable: "Occupations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProcessedRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ResultJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessedRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorkerHonours",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ConferredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkerHonours", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkerHonours_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CompetitionJudges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CompetitionId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<int>(type: "INTEGER", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: true),
                    IsChief = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetitionJudges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompetitionJudges_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CompetitionJudges_Competitions_CompetitionId",
                        column: x => x.CompetitionId,
                        principalTable: "Competitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CompetitionStatusChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CompetitionId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetitionStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompetitionStatusChanges_Competitions_CompetitionId",
                        column: x => x.CompetitionId,
                        principalTable: "Competitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Entrants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CompetitionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Bib = table.Column<int>(type: "INTEGER", nullable: false),
                    TeamName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WithdrawnBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    WithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Entrants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Entrants_Competitions_CompetitionId",
                        column: x => x.CompetitionId,
                        principalTable: "Competitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JudgePanels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CompetitionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JudgePanels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JudgePanels_Competitions_CompetitionId",
                        column: x => x.CompetitionId,
                        principalTable: "Competitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MarkingComponents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CompetitionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    WeightPercent = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarkingComponents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarkingComponents_Competitions_CompetitionId",
                        column: x => x.CompetitionId,
                        principalTable: "Competitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Conflicts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CompetitionId = table.Column<int>(type: "INTEGER", nullable: false),
                    JudgeId = table.Column<int>(type: "INTEGER", nullable: false),
                    EntrantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conflicts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Conflicts_CompetitionJudges_JudgeId",
                        column: x => x.JudgeId,
                        principalTable: "CompetitionJudges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Conflicts_Entrants_EntrantId",
                        column: x => x.EntrantId,
                        principalTable: "Entrants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EntrantMembers",
                columns: table => new
                {
                    EntrantId = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    CompetitionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EntrantMembers", x => new { x.EntrantId, x.WorkerId });
                    table.ForeignKey(
                        name: "FK_EntrantMembers_Entrants_EntrantId",
                        column: x => x.EntrantId,
                        principalTable: "Entrants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EntrantMembers_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PanelMembers",
                columns: table => new
                {
                    PanelId = table.Column<int>(type: "INTEGER", nullable: false),
                    JudgeId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelMembers", x => new { x.PanelId, x.JudgeId });
                    table.ForeignKey(
                        name: "FK_PanelMembers_CompetitionJudges_JudgeId",
                        column: x => x.JudgeId,
                        principalTable: "CompetitionJudges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PanelMembers_JudgePanels_PanelId",
                        column: x => x.PanelId,
                        principalTable: "JudgePanels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MarkingCriteria",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ComponentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarkingCriteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarkingCriteria_MarkingComponents_ComponentId",
                        column: x => x.ComponentId,
                        principalTable: "MarkingComponents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScoreSheets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CompetitionId = table.Column<int>(type: "INTEGER", nullable: false),
                    EntrantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PanelId = table.Column<int>(type: "INTEGER", nullable: true),
                    JudgeId = table.Column<int>(type: "INTEGER", nullable: true),
                    ComponentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VerifiedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    VerifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoreSheets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScoreSheets_CompetitionJudges_JudgeId",
                        column: x => x.JudgeId,
                        principalTable: "CompetitionJudges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScoreSheets_Entrants_EntrantId",
                        column: x => x.EntrantId,
                        principalTable: "Entrants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScoreSheets_JudgePanels_PanelId",
                        column: x => x.PanelId,
                        principalTable: "JudgePanels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScoreSheets_MarkingComponents_ComponentId",
                        column: x => x.ComponentId,
                        principalTable: "MarkingComponents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MarkingAspects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CriterionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MaximumHundredths = table.Column<int>(type: "INTEGER", nullable: false),
                    Aggregation = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AllowedGapHundredths = table.Column<int>(type: "INTEGER", nullable: false),
                    StepHundredths = table.Column<int>(type: "INTEGER", nullable: false),
                    Descriptor0 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Descriptor1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Descriptor2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Descriptor3 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarkingAspects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MarkingAspects_MarkingCriteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "MarkingCriteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PanelCriteria",
                columns: table => new
                {
                    PanelId = table.Column<int>(type: "INTEGER", nullable: false),
                    CriterionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelCriteria", x => new { x.PanelId, x.CriterionId });
                    table.ForeignKey(
                        name: "FK_PanelCriteria_JudgePanels_PanelId",
                        column: x => x.PanelId,
                        principalTable: "JudgePanels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PanelCriteria_MarkingCriteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "MarkingCriteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ScoreChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SheetId = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AspectId = table.Column<int>(type: "INTEGER", nullable: true),
                    OldHundredths = table.Column<int>(type: "INTEGER", nullable: true),
                    NewHundredths = table.Column<int>(type: "INTEGER", nullable: true),
                    By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoreChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScoreChanges_ScoreSheets_SheetId",
                        column: x => x.SheetId,
                        principalTable: "ScoreSheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScoreEntries",
                columns: table => new
                {
                    SheetId = table.Column<int>(type: "INTEGER", nullable: false),
                    AspectId = table.Column<int>(type: "INTEGER", nullable: false),
                    Hundredths = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoreEntries", x => new { x.SheetId, x.AspectId });
                    table.ForeignKey(
                        name: "FK_ScoreEntries_MarkingAspects_AspectId",
                        column: x => x.AspectId,
                        principalTable: "MarkingAspects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScoreEntries_ScoreSheets_SheetId",
                        column: x => x.SheetId,
                        principalTable: "ScoreSheets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionJudges_CompetitionId_UserId",
                table: "CompetitionJudges",
                columns: new[] { "CompetitionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionJudges_UserId",
                table: "CompetitionJudges",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Competitions_IndustryId",
                table: "Competitions",
                column: "IndustryId");

            migrationBuilder.CreateIndex(
                name: "IX_Competitions_OccupationId",
                table: "Competitions",
                column: "OccupationId");

            migrationBuilder.CreateIndex(
                name: "IX_Competitions_StartsOn",
                table: "Competitions",
                column: "StartsOn");

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionStatusChanges_CompetitionId",
                table: "CompetitionStatusChanges",
                column: "CompetitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Conflicts_CompetitionId",
                table: "Conflicts",
                column: "CompetitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Conflicts_EntrantId",
                table: "Conflicts",
                column: "EntrantId");

            migrationBuilder.CreateIndex(
                name: "IX_Conflicts_JudgeId_EntrantId_Kind",
                table: "Conflicts",
                columns: new[] { "JudgeId", "EntrantId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EntrantMembers_CompetitionId_WorkerId",
                table: "EntrantMembers",
                columns: new[] { "CompetitionId", "WorkerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EntrantMembers_WorkerId",
                table: "EntrantMembers",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_Entrants_CompetitionId_Bib",
                table: "Entrants",
                columns: new[] { "CompetitionId", "Bib" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JudgePanels_CompetitionId_Name",
                table: "JudgePanels",
                columns: new[] { "CompetitionId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MarkingAspects_CriterionId",
                table: "MarkingAspects",
                column: "CriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_MarkingComponents_CompetitionId",
                table: "MarkingComponents",
                column: "CompetitionId");

            migrationBuilder.CreateIndex(
                name: "IX_MarkingCriteria_ComponentId",
                table: "MarkingCriteria",
                column: "ComponentId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelCriteria_CriterionId",
                table: "PanelCriteria",
                column: "CriterionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PanelMembers_JudgeId",
                table: "PanelMembers",
                column: "JudgeId");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessedRequests_CreatedAt",
                table: "ProcessedRequests",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessedRequests_UserName_Key",
                table: "ProcessedRequests",
                columns: new[] { "UserName", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScoreChanges_SheetId",
                table: "ScoreChanges",
                column: "SheetId");

            migrationBuilder.CreateIndex(
                name: "IX_ScoreEntries_AspectId",
                table: "ScoreEntries",
                column: "AspectId");

            migrationBuilder.CreateIndex(
                name: "IX_ScoreSheets_CompetitionId_Status",
                table: "ScoreSheets",
                columns: new[] { "CompetitionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ScoreSheets_ComponentId_EntrantId",
                table: "ScoreSheets",
                columns: new[] { "ComponentId", "EntrantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScoreSheets_EntrantId",
                table: "ScoreSheets",
                column: "EntrantId");

            migrationBuilder.CreateIndex(
                name: "IX_ScoreSheets_JudgeId",
                table: "ScoreSheets",
                column: "JudgeId");

            migrationBuilder.CreateIndex(
                name: "IX_ScoreSheets_PanelId_JudgeId_EntrantId",
                table: "ScoreSheets",
                columns: new[] { "PanelId", "JudgeId", "EntrantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkerHonours_WorkerId_ConferredOn",
                table: "WorkerHonours",
                columns: new[] { "WorkerId", "ConferredOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CompetitionStatusChanges");

            migrationBuilder.DropTable(
                name: "Conflicts");

            migrationBuilder.DropTable(
                name: "EntrantMembers");

            migrationBuilder.DropTable(
                name: "PanelCriteria");

            migrationBuilder.DropTable(
                name: "PanelMembers");

            migrationBuilder.DropTable(
                name: "ProcessedRequests");

            migrationBuilder.DropTable(
                name: "ScoreChanges");

            migrationBuilder.DropTable(
                name: "ScoreEntries");

            migrationBuilder.DropTable(
                name: "WorkerHonours");

            migrationBuilder.DropTable(
                name: "MarkingAspects");

            migrationBuilder.DropTable(
                name: "ScoreSheets");

            migrationBuilder.DropTable(
                name: "MarkingCriteria");

            migrationBuilder.DropTable(
                name: "CompetitionJudges");

            migrationBuilder.DropTable(
                name: "Entrants");

            migrationBuilder.DropTable(
                name: "JudgePanels");

            migrationBuilder.DropTable(
                name: "MarkingComponents");

            migrationBuilder.DropTable(
                name: "Competitions");
        }
    }
}
