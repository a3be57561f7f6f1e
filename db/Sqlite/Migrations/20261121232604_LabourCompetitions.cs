using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SkillsLadder.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LabourCompetitions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CampaignId",
                table: "Nominations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CampaignParticipantId",
                table: "Nominations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CollectiveName",
                table: "Nominations",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "InnovationsAccepted",
                table: "LevelRoutes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "InnovationsWithinYears",
                table: "LevelRoutes",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Campaigns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Project = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Organizer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Cadence = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CollectiveAwards = table.Column<int>(type: "INTEGER", nullable: false),
                    IndividualAwards = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Campaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CampaignParticipants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: true),
                    WorkerId = table.Column<int>(type: "INTEGER", nullable: true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    LeaderWorkerId = table.Column<int>(type: "INTEGER", nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    WithdrawalReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignParticipants_CampaignParticipants_UnitId",
                        column: x => x.UnitId,
                        principalTable: "CampaignParticipants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CampaignParticipants_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CampaignParticipants_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CampaignParticipants_Workers_LeaderWorkerId",
                        column: x => x.LeaderWorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CampaignParticipants_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CampaignPeriods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LockedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LockedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UnlockReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignPeriods_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CampaignStandings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    InputHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DemandUpTo = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignStandings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignStandings_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CampaignStandingsDemands",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignStandingsDemands", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignStandingsDemands_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorSchemes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    FromPeriodNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorSchemes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorSchemes_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InnovationEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ExpectedBenefit = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SubmittedByWorkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: true),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AssessedBenefitFen = table.Column<long>(type: "INTEGER", nullable: true),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AssessmentNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AssessedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InnovationEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InnovationEntries_CampaignParticipants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "CampaignParticipants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InnovationEntries_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InnovationEntries_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InnovationEntries_Workers_SubmittedByWorkerId",
                        column: x => x.SubmittedByWorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ParticipantMember",
                columns: table => new
                {
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkerId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipantMember", x => new { x.ParticipantId, x.WorkerId });
                    table.ForeignKey(
                        name: "FK_ParticipantMember_CampaignParticipants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "CampaignParticipants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ParticipantMember_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CampaignStandingsRows",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SnapshotId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: true),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Deductions = table.Column<int>(type: "INTEGER", nullable: false),
                    Vetoes = table.Column<int>(type: "INTEGER", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    HoldsBanner = table.Column<bool>(type: "INTEGER", nullable: false),
                    Provisional = table.Column<bool>(type: "INTEGER", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignStandingsRows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignStandingsRows_CampaignStandings_SnapshotId",
                        column: x => x.SnapshotId,
                        principalTable: "CampaignStandings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchemeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    WeightPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    BasePoints = table.Column<int>(type: "INTEGER", nullable: false),
                    BonusCap = table.Column<int>(type: "INTEGER", nullable: true),
                    DeductionCap = table.Column<int>(type: "INTEGER", nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Target = table.Column<int>(type: "INTEGER", nullable: true),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    BonusPerUnit = table.Column<int>(type: "INTEGER", nullable: true),
                    DeductionPerUnit = table.Column<int>(type: "INTEGER", nullable: true),
                    Minimum = table.Column<int>(type: "INTEGER", nullable: true),
                    Maximum = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Indicators_IndicatorSchemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "IndicatorSchemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PeriodAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    SchemeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeriodAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PeriodAssessments_CampaignParticipants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "CampaignParticipants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PeriodAssessments_CampaignPeriods_PeriodId",
                        column: x => x.PeriodId,
                        principalTable: "CampaignPeriods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PeriodAssessments_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PeriodAssessments_IndicatorSchemes_SchemeId",
                        column: x => x.SchemeId,
                        principalTable: "IndicatorSchemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InnovationAuthor",
                columns: table => new
                {
                    EntryId = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsLead = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InnovationAuthor", x => new { x.EntryId, x.WorkerId });
                    table.ForeignKey(
                        name: "FK_InnovationAuthor_InnovationEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "InnovationEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InnovationAuthor_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PointsEach = table.Column<int>(type: "INTEGER", nullable: false),
                    IsVeto = table.Column<bool>(type: "INTEGER", nullable: false),
                    MaxCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorEvents_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssessmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: true),
                    OldValue = table.Column<int>(type: "INTEGER", nullable: true),
                    NewValue = table.Column<int>(type: "INTEGER", nullable: true),
                    By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentChanges_PeriodAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "PeriodAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentEvidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssessmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", maxLength: 5242880, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentEvidence_PeriodAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "PeriodAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentValue",
                columns: table => new
                {
                    AssessmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Hundredths = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentValue", x => new { x.AssessmentId, x.IndicatorId });
                    table.ForeignKey(
                        name: "FK_AssessmentValue_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentValue_PeriodAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "PeriodAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentCount",
                columns: table => new
                {
                    AssessmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentCount", x => new { x.AssessmentId, x.EventId });
                    table.ForeignKey(
                        name: "FK_AssessmentCount_IndicatorEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "IndicatorEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentCount_PeriodAssessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "PeriodAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_CampaignId",
                table: "Nominations",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_CampaignParticipantId_HonourTypeId",
                table: "Nominations",
                columns: new[] { "CampaignParticipantId", "HonourTypeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentChanges_AssessmentId",
                table: "AssessmentChanges",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentCount_EventId",
                table: "AssessmentCount",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentEvidence_AssessmentId",
                table: "AssessmentEvidence",
                column: "AssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentValue_IndicatorId",
                table: "AssessmentValue",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignParticipants_CampaignId_Kind",
                table: "CampaignParticipants",
                columns: new[] { "CampaignId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_CampaignParticipants_EnterpriseId",
                table: "CampaignParticipants",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignParticipants_LeaderWorkerId",
                table: "CampaignParticipants",
                column: "LeaderWorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignParticipants_UnitId",
                table: "CampaignParticipants",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignParticipants_WorkerId",
                table: "CampaignParticipants",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignPeriods_CampaignId_Number",
                table: "CampaignPeriods",
                columns: new[] { "CampaignId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_Status_StartsOn",
                table: "Campaigns",
                columns: new[] { "Status", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CampaignStandings_CampaignId_Number",
                table: "CampaignStandings",
                columns: new[] { "CampaignId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CampaignStandingsDemands_CampaignId_Id",
                table: "CampaignStandingsDemands",
                columns: new[] { "CampaignId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CampaignStandingsRows_SnapshotId_PeriodId_Kind_Rank",
                table: "CampaignStandingsRows",
                columns: new[] { "SnapshotId", "PeriodId", "Kind", "Rank" });

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorEvents_IndicatorId_Position",
                table: "IndicatorEvents",
                columns: new[] { "IndicatorId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_SchemeId_Position",
                table: "Indicators",
                columns: new[] { "SchemeId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorSchemes_CampaignId_Number",
                table: "IndicatorSchemes",
                columns: new[] { "CampaignId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InnovationAuthor_WorkerId",
                table: "InnovationAuthor",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_InnovationEntries_CampaignId",
                table: "InnovationEntries",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_InnovationEntries_EnterpriseId_Status",
                table: "InnovationEntries",
                columns: new[] { "EnterpriseId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_InnovationEntries_ParticipantId",
                table: "InnovationEntries",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_InnovationEntries_Status_SubmittedAt",
                table: "InnovationEntries",
                columns: new[] { "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InnovationEntries_SubmittedByWorkerId",
                table: "InnovationEntries",
                column: "SubmittedByWorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_ParticipantMember_WorkerId",
                table: "ParticipantMember",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_PeriodAssessments_CampaignId_Status",
                table: "PeriodAssessments",
                columns: new[] { "CampaignId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PeriodAssessments_ParticipantId",
                table: "PeriodAssessments",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_PeriodAssessments_PeriodId_ParticipantId",
                table: "PeriodAssessments",
                columns: new[] { "PeriodId", "ParticipantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PeriodAssessments_SchemeId",
                table: "PeriodAssessments",
                column: "SchemeId");

            migrationBuilder.AddForeignKey(
                name: "FK_Nominations_CampaignParticipants_CampaignParticipantId",
                table: "Nominations",
                column: "CampaignParticipantId",
                principalTable: "CampaignParticipants",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Nominations_Campaigns_CampaignId",
                table: "Nominations",
                column: "CampaignId",
                principalTable: "Campaigns",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Nominations_CampaignParticipants_CampaignParticipantId",
                table: "Nominations");

            migrationBuilder.DropForeignKey(
                name: "FK_Nominations_Campaigns_CampaignId",
                table: "Nominations");

            migrationBuilder.DropTable(
                name: "AssessmentChanges");

            migrationBuilder.DropTable(
                name: "AssessmentCount");

            migrationBuilder.DropTable(
                name: "AssessmentEvidence");

            migrationBuilder.DropTable(
                name: "AssessmentValue");

            migrationBuilder.DropTable(
                name: "CampaignStandingsDemands");

            migrationBuilder.DropTable(
                name: "CampaignStandingsRows");

            migrationBuilder.DropTable(
                name: "InnovationAuthor");

            migrationBuilder.DropTable(
                name: "ParticipantMember");

            migrationBuilder.DropTable(
                name: "IndicatorEvents");

            migrationBuilder.DropTable(
                name: "PeriodAssessments");

            migrationBuilder.DropTable(
                name: "CampaignStandings");

            migrationBuilder.DropTable(
                name: "InnovationEntries");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "CampaignPeriods");

            migrationBuilder.DropTable(
                name: "CampaignParticipants");

            migrationBuilder.DropTable(
                name: "IndicatorSchemes");

            migrationBuilder.DropTable(
                name: "Campaigns");

            migrationBuilder.DropIndex(
                name: "IX_Nominations_CampaignId",
                table: "Nominations");

            migrationBuilder.DropIndex(
                name: "IX_Nominations_CampaignParticipantId_HonourTypeId",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "CampaignId",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "CampaignParticipantId",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "CollectiveName",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "InnovationsAccepted",
                table: "LevelRoutes");

            migrationBuilder.DropColumn(
                name: "InnovationsWithinYears",
                table: "LevelRoutes");
        }
    }
}
