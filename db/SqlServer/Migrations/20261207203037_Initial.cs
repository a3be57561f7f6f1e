using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SkillsLadder.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    EntityType = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    EntityId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Before = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    After = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Address = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CalendarDays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    IsWorkingDay = table.Column<bool>(type: "bit", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarDays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "Campaigns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Project = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Organizer = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Cadence = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CollectiveAwards = table.Column<int>(type: "int", nullable: false),
                    IndividualAwards = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Campaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HonourTypes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ValidityYears = table.Column<int>(type: "int", nullable: true),
                    BonusFen = table.Column<long>(type: "bigint", nullable: true),
                    CountsTowardCraftsman = table.Column<bool>(type: "bit", nullable: false),
                    NeedsSecondApproval = table.Column<bool>(type: "bit", nullable: false),
                    NoticeWorkingDays = table.Column<int>(type: "int", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HonourTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Industries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Industries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JobRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    JobName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    JobGroup = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    FireInstanceId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Node = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Attempt = table.Column<int>(type: "int", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DurationMs = table.Column<long>(type: "bigint", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Error = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LadderPolicies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<int>(type: "int", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Tier1MinLevelRank = table.Column<int>(type: "int", nullable: false),
                    Tier2MinLevelRank = table.Column<int>(type: "int", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LadderPolicies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MinimumWages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Area = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    MonthlyFen = table.Column<long>(type: "bigint", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MinimumWages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Occupations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Occupations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PayGrids",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    HighSkilledAllowanceFen = table.Column<long>(type: "bigint", nullable: false),
                    CraftsmanAllowanceFen = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayGrids", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PostClasses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    NameZh = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    FloorPercent = table.Column<int>(type: "int", nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostClasses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PracticeBoardRows",
                columns: table => new
                {
                    BoardId = table.Column<int>(type: "int", nullable: false),
                    Scope = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SubjectId = table.Column<int>(type: "int", nullable: false),
                    Rank = table.Column<int>(type: "int", nullable: false),
                    ScoreHundredths = table.Column<int>(type: "int", nullable: false),
                    Participants = table.Column<int>(type: "int", nullable: false),
                    TimeUsedSeconds = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeBoardRows", x => new { x.BoardId, x.Scope, x.SubjectId });
                });

            migrationBuilder.CreateTable(
                name: "ProcessedRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Key = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RequestHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ResultJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessedRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SkillLevels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Rank = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    NameZh = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    NationalGrade = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkillLevels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StandingsRows",
                columns: table => new
                {
                    SnapshotId = table.Column<int>(type: "int", nullable: false),
                    EntrantId = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Rank = table.Column<int>(type: "int", nullable: false),
                    Tied = table.Column<bool>(type: "bit", nullable: false),
                    TotalHundredths = table.Column<int>(type: "int", nullable: false),
                    StandardHundredths = table.Column<int>(type: "int", nullable: true),
                    TheoryHundredths = table.Column<int>(type: "int", nullable: true),
                    PracticalHundredths = table.Column<int>(type: "int", nullable: true),
                    TimeUsedSeconds = table.Column<int>(type: "int", nullable: true),
                    Prize = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Medal = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Proposal = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Explanation = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandingsRows", x => new { x.SnapshotId, x.EntrantId });
                });

            migrationBuilder.CreateTable(
                name: "TitleEquivalences",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LevelRank = table.Column<int>(type: "int", nullable: false),
                    Grade = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TitleEquivalences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoleId = table.Column<int>(type: "int", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CampaignPeriods",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CampaignId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Label = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    LockedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    LockedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UnlockReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CampaignId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    InputHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DemandUpTo = table.Column<long>(type: "bigint", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CampaignId = table.Column<int>(type: "int", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CampaignId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    FromPeriodNumber = table.Column<int>(type: "int", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
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
                name: "Enterprises",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CreditCode = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: false),
                    IndustryId = table.Column<int>(type: "int", nullable: false),
                    District = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Address = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enterprises", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Enterprises_Industries_IndustryId",
                        column: x => x.IndustryId,
                        principalTable: "Industries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Competitions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Class = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    OccupationId = table.Column<int>(type: "int", nullable: false),
                    IndustryId = table.Column<int>(type: "int", nullable: true),
                    Theme = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Organizer = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Venue = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    TeamSize = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SchemeVersion = table.Column<int>(type: "int", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Eligibility_HonourCoolingOffYears = table.Column<int>(type: "int", nullable: true),
                    Eligibility_MaximumLevelRank = table.Column<int>(type: "int", nullable: true),
                    Eligibility_MinimumLevelRank = table.Column<int>(type: "int", nullable: true),
                    Eligibility_MinimumTitleGrade = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Eligibility_MinimumYearsInPost = table.Column<int>(type: "int", nullable: true),
                    Eligibility_OccupationMustMatch = table.Column<bool>(type: "bit", nullable: false),
                    RankingRules_FirstPrizes = table.Column<int>(type: "int", nullable: false),
                    RankingRules_HonourTitle = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    RankingRules_HonourTopN = table.Column<int>(type: "int", nullable: true),
                    RankingRules_MedallionFrom = table.Column<int>(type: "int", nullable: true),
                    RankingRules_MedalsForTopThree = table.Column<bool>(type: "bit", nullable: false),
                    RankingRules_PrizeMode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    RankingRules_PromotionCapLevelRank = table.Column<int>(type: "int", nullable: true),
                    RankingRules_PromotionTopN = table.Column<int>(type: "int", nullable: true),
                    RankingRules_SecondPrizes = table.Column<int>(type: "int", nullable: false),
                    RankingRules_StandardCentre = table.Column<int>(type: "int", nullable: false),
                    RankingRules_StandardSpread = table.Column<int>(type: "int", nullable: false),
                    RankingRules_Standardisation = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    RankingRules_StrictOrder = table.Column<bool>(type: "bit", nullable: false),
                    RankingRules_ThirdPrizes = table.Column<int>(type: "int", nullable: false),
                    RankingRules_TieBreaks = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false)
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
                name: "LevelRoutes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PolicyId = table.Column<int>(type: "int", nullable: false),
                    TargetLevelRank = table.Column<int>(type: "int", nullable: false),
                    OccupationId = table.Column<int>(type: "int", nullable: true),
                    YearsAtPreviousLevel = table.Column<int>(type: "int", nullable: true),
                    YearsInOccupation = table.Column<int>(type: "int", nullable: true),
                    MinimumEducation = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    CompetitionTopN = table.Column<int>(type: "int", nullable: true),
                    CompetitionMinimumLevel = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    CompetitionWithinYears = table.Column<int>(type: "int", nullable: true),
                    InnovationsAccepted = table.Column<int>(type: "int", nullable: true),
                    InnovationsWithinYears = table.Column<int>(type: "int", nullable: true),
                    TrainingHours = table.Column<int>(type: "int", nullable: true),
                    TrainingWithinYears = table.Column<int>(type: "int", nullable: true),
                    ApprenticesMentored = table.Column<int>(type: "int", nullable: true),
                    MentoringWithinYears = table.Column<int>(type: "int", nullable: true),
                    ApprenticeshipCompleted = table.Column<bool>(type: "bit", nullable: false),
                    StudioRole = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LevelRoutes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LevelRoutes_LadderPolicies_PolicyId",
                        column: x => x.PolicyId,
                        principalTable: "LadderPolicies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LevelRoutes_Occupations_OccupationId",
                        column: x => x.OccupationId,
                        principalTable: "Occupations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QuestionBanks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    OccupationId = table.Column<int>(type: "int", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionBanks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuestionBanks_Occupations_OccupationId",
                        column: x => x.OccupationId,
                        principalTable: "Occupations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrainingProgrammes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    OccupationId = table.Column<int>(type: "int", nullable: true),
                    TargetTier = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Provider = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Hours = table.Column<int>(type: "int", nullable: false),
                    Assessment = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Capacity = table.Column<int>(type: "int", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CostFen = table.Column<long>(type: "bigint", nullable: false),
                    SubsidyFen = table.Column<long>(type: "bigint", nullable: false),
                    IsApproved = table.Column<bool>(type: "bit", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingProgrammes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingProgrammes_Occupations_OccupationId",
                        column: x => x.OccupationId,
                        principalTable: "Occupations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PayGridCell",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PayGridId = table.Column<int>(type: "int", nullable: false),
                    PostClassId = table.Column<int>(type: "int", nullable: false),
                    LevelRank = table.Column<int>(type: "int", nullable: false),
                    BaseFen = table.Column<long>(type: "bigint", nullable: false),
                    AllowanceFen = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayGridCell", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PayGridCell_PayGrids_PayGridId",
                        column: x => x.PayGridId,
                        principalTable: "PayGrids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PayGridCell_PostClasses_PostClassId",
                        column: x => x.PostClassId,
                        principalTable: "PostClasses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CampaignStandingsRows",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SnapshotId = table.Column<int>(type: "int", nullable: false),
                    PeriodId = table.Column<int>(type: "int", nullable: true),
                    ParticipantId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Total = table.Column<int>(type: "int", nullable: false),
                    Deductions = table.Column<int>(type: "int", nullable: false),
                    Vetoes = table.Column<int>(type: "int", nullable: false),
                    Rank = table.Column<int>(type: "int", nullable: false),
                    HoldsBanner = table.Column<bool>(type: "bit", nullable: false),
                    Provisional = table.Column<bool>(type: "bit", nullable: false),
                    Explanation = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SchemeId = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Category = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    WeightPercent = table.Column<int>(type: "int", nullable: false),
                    BasePoints = table.Column<int>(type: "int", nullable: false),
                    BonusCap = table.Column<int>(type: "int", nullable: true),
                    DeductionCap = table.Column<int>(type: "int", nullable: true),
                    Unit = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Target = table.Column<int>(type: "int", nullable: true),
                    Direction = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    BonusPerUnit = table.Column<int>(type: "int", nullable: true),
                    DeductionPerUnit = table.Column<int>(type: "int", nullable: true),
                    Minimum = table.Column<int>(type: "int", nullable: true),
                    Maximum = table.Column<int>(type: "int", nullable: true)
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
                name: "WageAgreements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Scope = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    EnterpriseId = table.Column<int>(type: "int", nullable: true),
                    IndustryId = table.Column<int>(type: "int", nullable: true),
                    District = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    MinimumWageArea = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    OfferedBy = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    OfferText = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    OfferedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RepliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TermMonths = table.Column<int>(type: "int", nullable: false),
                    PayRule = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ReplyDays = table.Column<int>(type: "int", nullable: false),
                    FilingDays = table.Column<int>(type: "int", nullable: false),
                    ReviewDays = table.Column<int>(type: "int", nullable: false),
                    RenewalLeadDays = table.Column<int>(type: "int", nullable: false),
                    MinRepresentatives = table.Column<int>(type: "int", nullable: false),
                    MaxRepresentatives = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DraftGridId = table.Column<int>(type: "int", nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    BureauApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WageAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WageAgreements_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WageAgreements_Industries_IndustryId",
                        column: x => x.IndustryId,
                        principalTable: "Industries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WageAgreements_PayGrids_DraftGridId",
                        column: x => x.DraftGridId,
                        principalTable: "PayGrids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Workers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FullName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    NationalIdNumber = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Sex = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    EnterpriseId = table.Column<int>(type: "int", nullable: false),
                    OccupationId = table.Column<int>(type: "int", nullable: false),
                    HireDate = table.Column<DateOnly>(type: "date", nullable: false),
                    IsUnionMember = table.Column<bool>(type: "bit", nullable: false),
                    Education = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Tier = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    PostClassId = table.Column<int>(type: "int", nullable: true),
                    CurrentSkillLevelId = table.Column<int>(type: "int", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Workers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Workers_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Workers_Occupations_OccupationId",
                        column: x => x.OccupationId,
                        principalTable: "Occupations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Workers_PostClasses_PostClassId",
                        column: x => x.PostClassId,
                        principalTable: "PostClasses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Workers_SkillLevels_CurrentSkillLevelId",
                        column: x => x.CurrentSkillLevelId,
                        principalTable: "SkillLevels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CompetitionStatusChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CompetitionId = table.Column<int>(type: "int", nullable: false),
                    From = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    To = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CompetitionId = table.Column<int>(type: "int", nullable: false),
                    Bib = table.Column<int>(type: "int", nullable: false),
                    TeamName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    RegisteredBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    WithdrawnBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    WithdrawnAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    TimeUsedSeconds = table.Column<int>(type: "int", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CompetitionId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false)
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
                name: "LiveBoards",
                columns: table => new
                {
                    CompetitionId = table.Column<int>(type: "int", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
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
                    CompetitionId = table.Column<int>(type: "int", nullable: false),
                    EntrantId = table.Column<int>(type: "int", nullable: false),
                    Bib = table.Column<int>(type: "int", nullable: false),
                    TotalHundredths = table.Column<int>(type: "int", nullable: false),
                    TheoryHundredths = table.Column<int>(type: "int", nullable: false),
                    PracticalHundredths = table.Column<int>(type: "int", nullable: false),
                    TimeUsedSeconds = table.Column<int>(type: "int", nullable: true),
                    MissingAspects = table.Column<int>(type: "int", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "MarkingComponents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CompetitionId = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    WeightPercent = table.Column<int>(type: "int", nullable: false)
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
                name: "StandingsDemands",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CompetitionId = table.Column<int>(type: "int", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CompetitionId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Basis = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    InputHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DemandUpTo = table.Column<long>(type: "bigint", nullable: false),
                    EntrantCount = table.Column<int>(type: "int", nullable: false),
                    FinalisedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    FinalisedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    PublishedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SupersededById = table.Column<int>(type: "int", nullable: true)
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
                name: "PracticeQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BankId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Stem = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Options = table.Column<string>(type: "nvarchar(1806)", maxLength: 1806, nullable: false),
                    Answer = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    Points = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeQuestions_QuestionBanks_BankId",
                        column: x => x.BankId,
                        principalTable: "QuestionBanks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticeRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BankId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    OpensAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ClosesAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DurationMinutes = table.Column<int>(type: "int", nullable: false),
                    QuestionCount = table.Column<int>(type: "int", nullable: false),
                    Seed = table.Column<int>(type: "int", nullable: false),
                    BoardPublishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeRounds_QuestionBanks_BankId",
                        column: x => x.BankId,
                        principalTable: "QuestionBanks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    IndicatorId = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    PointsEach = table.Column<int>(type: "int", nullable: false),
                    IsVeto = table.Column<bool>(type: "bit", nullable: false),
                    MaxCount = table.Column<int>(type: "int", nullable: false)
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
                name: "AgreementRepresentative",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AgreementId = table.Column<int>(type: "int", nullable: false),
                    Side = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Post = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    IsChief = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementRepresentative", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementRepresentative_WageAgreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "WageAgreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgreementVote",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AgreementId = table.Column<int>(type: "int", nullable: false),
                    Representatives = table.Column<int>(type: "int", nullable: false),
                    Attending = table.Column<int>(type: "int", nullable: false),
                    Approving = table.Column<int>(type: "int", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Passed = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgreementVote", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgreementVote_WageAgreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "WageAgreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BargainingRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AgreementId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Minutes = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BargainingRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BargainingRounds_WageAgreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "WageAgreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DisplayName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    WorkerId = table.Column<int>(type: "int", nullable: true),
                    EnterpriseId = table.Column<int>(type: "int", nullable: true),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    PasswordHash = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SecurityStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumber = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "bit", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "bit", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CampaignParticipants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CampaignId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    UnitKind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    EnterpriseId = table.Column<int>(type: "int", nullable: true),
                    WorkerId = table.Column<int>(type: "int", nullable: true),
                    UnitId = table.Column<int>(type: "int", nullable: true),
                    LeaderWorkerId = table.Column<int>(type: "int", nullable: true),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    WithdrawalReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
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
                name: "InnovationStudios",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    EnterpriseId = table.Column<int>(type: "int", nullable: false),
                    LeadWorkerId = table.Column<int>(type: "int", nullable: false),
                    FoundedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InnovationStudios", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InnovationStudios_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InnovationStudios_Workers_LeadWorkerId",
                        column: x => x.LeadWorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MentoringPairs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MentorWorkerId = table.Column<int>(type: "int", nullable: false),
                    ApprenticeWorkerId = table.Column<int>(type: "int", nullable: false),
                    EnterpriseId = table.Column<int>(type: "int", nullable: false),
                    Plan = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    MentorSignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ApprenticeSignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EnterpriseSignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ApprenticeLevelAtStart = table.Column<int>(type: "int", nullable: false),
                    ApprenticeLevelAtEnd = table.Column<int>(type: "int", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TerminationReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringPairs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringPairs_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentoringPairs_Workers_ApprenticeWorkerId",
                        column: x => x.ApprenticeWorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MentoringPairs_Workers_MentorWorkerId",
                        column: x => x.MentorWorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PayGradeChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    WorkerId = table.Column<int>(type: "int", nullable: false),
                    AgreementId = table.Column<int>(type: "int", nullable: false),
                    PostClassId = table.Column<int>(type: "int", nullable: false),
                    LevelRank = table.Column<int>(type: "int", nullable: false),
                    Tier = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    MonthlyFen = table.Column<long>(type: "bigint", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayGradeChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PayGradeChanges_PostClasses_PostClassId",
                        column: x => x.PostClassId,
                        principalTable: "PostClasses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PayGradeChanges_WageAgreements_AgreementId",
                        column: x => x.AgreementId,
                        principalTable: "WageAgreements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PayGradeChanges_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SkillCertificates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    WorkerId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(22)", maxLength: 22, nullable: false),
                    SkillLevelId = table.Column<int>(type: "int", nullable: false),
                    OccupationId = table.Column<int>(type: "int", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Issuer = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    IssuerKind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SkillCertificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SkillCertificates_Occupations_OccupationId",
                        column: x => x.OccupationId,
                        principalTable: "Occupations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SkillCertificates_SkillLevels_SkillLevelId",
                        column: x => x.SkillLevelId,
                        principalTable: "SkillLevels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SkillCertificates_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingEnrolments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProgrammeId = table.Column<int>(type: "int", nullable: false),
                    WorkerId = table.Column<int>(type: "int", nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    EnrolledBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    EnrolledAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Passed = table.Column<bool>(type: "bit", nullable: true),
                    Score = table.Column<int>(type: "int", nullable: true),
                    ResultOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FailureReason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    CertificateNumber = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingEnrolments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingEnrolments_TrainingProgrammes_ProgrammeId",
                        column: x => x.ProgrammeId,
                        principalTable: "TrainingProgrammes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TrainingEnrolments_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkerMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    WorkerId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkerMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkerMessages_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkerTierChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    WorkerId = table.Column<int>(type: "int", nullable: false),
                    FromTier = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ToTier = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkerTierChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkerTierChanges_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EntrantMembers",
                columns: table => new
                {
                    EntrantId = table.Column<int>(type: "int", nullable: false),
                    WorkerId = table.Column<int>(type: "int", nullable: false),
                    CompetitionId = table.Column<int>(type: "int", nullable: false)
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
                name: "MarkingCriteria",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ComponentId = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
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
                name: "PracticeAttempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoundId = table.Column<int>(type: "int", nullable: false),
                    WorkerId = table.Column<int>(type: "int", nullable: false),
                    EnterpriseId = table.Column<int>(type: "int", nullable: false),
                    IndustryId = table.Column<int>(type: "int", nullable: false),
                    QuestionIds = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Answers = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    StartedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DeadlineAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Score = table.Column<int>(type: "int", nullable: false),
                    MaxScore = table.Column<int>(type: "int", nullable: false),
                    TimeUsedSeconds = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeAttempts_PracticeRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "PracticeRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PracticeBoards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoundId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Participants = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeBoards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PracticeBoards_PracticeRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "PracticeRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BargainingProposal",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoundId = table.Column<int>(type: "int", nullable: false),
                    Side = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    PayGridId = table.Column<int>(type: "int", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BargainingProposal", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BargainingProposal_BargainingRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "BargainingRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_BargainingProposal_PayGrids_PayGridId",
                        column: x => x.PayGridId,
                        principalTable: "PayGrids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<int>(type: "int", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderKey = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UserId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<int>(type: "int", nullable: false),
                    RoleId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<int>(type: "int", nullable: false),
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Value = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CompetitionJudges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CompetitionId = table.Column<int>(type: "int", nullable: false),
                    UserId = table.Column<int>(type: "int", nullable: false),
                    FullName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    EnterpriseId = table.Column<int>(type: "int", nullable: true),
                    IsChief = table.Column<bool>(type: "bit", nullable: false)
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
                name: "InnovationEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ExpectedBenefit = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    SubmittedByWorkerId = table.Column<int>(type: "int", nullable: false),
                    EnterpriseId = table.Column<int>(type: "int", nullable: false),
                    CampaignId = table.Column<int>(type: "int", nullable: true),
                    ParticipantId = table.Column<int>(type: "int", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AssessedBenefitFen = table.Column<long>(type: "bigint", nullable: true),
                    Grade = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    AssessmentNote = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    AssessedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
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
                name: "Nominations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    WorkerId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    HonourTypeId = table.Column<int>(type: "int", nullable: true),
                    TargetLevelId = table.Column<int>(type: "int", nullable: true),
                    EnterpriseId = table.Column<int>(type: "int", nullable: true),
                    CompetitionId = table.Column<int>(type: "int", nullable: true),
                    SnapshotId = table.Column<int>(type: "int", nullable: true),
                    ResultRank = table.Column<int>(type: "int", nullable: true),
                    CampaignId = table.Column<int>(type: "int", nullable: true),
                    CampaignParticipantId = table.Column<int>(type: "int", nullable: true),
                    CollectiveName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Evidence = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    NeedsSecondApproval = table.Column<bool>(type: "bit", nullable: false),
                    NoticeWorkingDays = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ReviewerUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ReviewerName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    FirstApproverUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    NoticeStartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConferredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(1100)", maxLength: 1100, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Nominations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Nominations_CampaignParticipants_CampaignParticipantId",
                        column: x => x.CampaignParticipantId,
                        principalTable: "CampaignParticipants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Nominations_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Nominations_Competitions_CompetitionId",
                        column: x => x.CompetitionId,
                        principalTable: "Competitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Nominations_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Nominations_HonourTypes_HonourTypeId",
                        column: x => x.HonourTypeId,
                        principalTable: "HonourTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Nominations_SkillLevels_TargetLevelId",
                        column: x => x.TargetLevelId,
                        principalTable: "SkillLevels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Nominations_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ParticipantMember",
                columns: table => new
                {
                    ParticipantId = table.Column<int>(type: "int", nullable: false),
                    WorkerId = table.Column<int>(type: "int", nullable: false)
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
                name: "PeriodAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CampaignId = table.Column<int>(type: "int", nullable: false),
                    PeriodId = table.Column<int>(type: "int", nullable: false),
                    ParticipantId = table.Column<int>(type: "int", nullable: false),
                    SchemeId = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SubmittedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
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
                name: "StudioMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    StudioId = table.Column<int>(type: "int", nullable: false),
                    WorkerId = table.Column<int>(type: "int", nullable: false),
                    JoinedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudioMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StudioMembers_InnovationStudios_StudioId",
                        column: x => x.StudioId,
                        principalTable: "InnovationStudios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StudioMembers_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StudioProject",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    StudioId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Patents = table.Column<int>(type: "int", nullable: false),
                    FiveSmallEntries = table.Column<int>(type: "int", nullable: false),
                    SavingsFen = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudioProject", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StudioProject_InnovationStudios_StudioId",
                        column: x => x.StudioId,
                        principalTable: "InnovationStudios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StudioReview",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    StudioId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Grade = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ReviewedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StudioReview", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StudioReview_InnovationStudios_StudioId",
                        column: x => x.StudioId,
                        principalTable: "InnovationStudios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MentoringMilestone",
                columns: table => new
                {
                    PairId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    MentorSignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ApprenticeSignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EnterpriseSignedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringMilestone", x => new { x.PairId, x.Number });
                    table.ForeignKey(
                        name: "FK_MentoringMilestone_MentoringPairs_PairId",
                        column: x => x.PairId,
                        principalTable: "MentoringPairs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkerLevelChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    WorkerId = table.Column<int>(type: "int", nullable: false),
                    SkillLevelId = table.Column<int>(type: "int", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    CertificateId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkerLevelChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkerLevelChanges_SkillCertificates_CertificateId",
                        column: x => x.CertificateId,
                        principalTable: "SkillCertificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkerLevelChanges_SkillLevels_SkillLevelId",
                        column: x => x.SkillLevelId,
                        principalTable: "SkillLevels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkerLevelChanges_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AttendanceDay",
                columns: table => new
                {
                    EnrolmentId = table.Column<int>(type: "int", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Tenths = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttendanceDay", x => new { x.EnrolmentId, x.Day });
                    table.ForeignKey(
                        name: "FK_AttendanceDay_TrainingEnrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "TrainingEnrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MarkingAspects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CriterionId = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    MaximumHundredths = table.Column<int>(type: "int", nullable: false),
                    Aggregation = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AllowedGapHundredths = table.Column<int>(type: "int", nullable: false),
                    StepHundredths = table.Column<int>(type: "int", nullable: false),
                    Descriptor0 = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Descriptor1 = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Descriptor2 = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Descriptor3 = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
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
                    PanelId = table.Column<int>(type: "int", nullable: false),
                    CriterionId = table.Column<int>(type: "int", nullable: false)
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
                name: "Conflicts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CompetitionId = table.Column<int>(type: "int", nullable: false),
                    JudgeId = table.Column<int>(type: "int", nullable: false),
                    EntrantId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    RecordedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReviewedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReviewNote = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
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
                name: "PanelMembers",
                columns: table => new
                {
                    PanelId = table.Column<int>(type: "int", nullable: false),
                    JudgeId = table.Column<int>(type: "int", nullable: false)
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
                name: "ScoreSheets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CompetitionId = table.Column<int>(type: "int", nullable: false),
                    EntrantId = table.Column<int>(type: "int", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    PanelId = table.Column<int>(type: "int", nullable: true),
                    JudgeId = table.Column<int>(type: "int", nullable: true),
                    ComponentId = table.Column<int>(type: "int", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SubmittedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    VerifiedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    VerifiedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
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
                name: "InnovationAuthor",
                columns: table => new
                {
                    EntryId = table.Column<int>(type: "int", nullable: false),
                    WorkerId = table.Column<int>(type: "int", nullable: false),
                    IsLead = table.Column<bool>(type: "bit", nullable: false)
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
                name: "NominationSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    NominationId = table.Column<int>(type: "int", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1100)", maxLength: 1100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NominationSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NominationSteps_Nominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "Nominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Objections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    NominationId = table.Column<int>(type: "int", nullable: false),
                    FiledByName = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    FiledByIdNumber = table.Column<string>(type: "nvarchar(18)", maxLength: 18, nullable: false),
                    Contact = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    FiledAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Decision = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    DecidedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Objections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Objections_Nominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "Nominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkerHonours",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    HonourTypeId = table.Column<int>(type: "int", nullable: true),
                    NominationId = table.Column<int>(type: "int", nullable: true),
                    CountsTowardCraftsman = table.Column<bool>(type: "bit", nullable: false),
                    ExpiryWarnedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LapsedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WorkerId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ConferredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkerHonours", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkerHonours_HonourTypes_HonourTypeId",
                        column: x => x.HonourTypeId,
                        principalTable: "HonourTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkerHonours_Nominations_NominationId",
                        column: x => x.NominationId,
                        principalTable: "Nominations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkerHonours_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AssessmentId = table.Column<int>(type: "int", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    IndicatorId = table.Column<int>(type: "int", nullable: true),
                    EventId = table.Column<int>(type: "int", nullable: true),
                    OldValue = table.Column<int>(type: "int", nullable: true),
                    NewValue = table.Column<int>(type: "int", nullable: true),
                    By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
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
                name: "AssessmentCount",
                columns: table => new
                {
                    AssessmentId = table.Column<int>(type: "int", nullable: false),
                    EventId = table.Column<int>(type: "int", nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "AssessmentEvidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AssessmentId = table.Column<int>(type: "int", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<int>(type: "int", nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", maxLength: 5242880, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    UploadedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
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
                    AssessmentId = table.Column<int>(type: "int", nullable: false),
                    IndicatorId = table.Column<int>(type: "int", nullable: false),
                    Hundredths = table.Column<int>(type: "int", nullable: false)
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
                name: "ScoreChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SheetId = table.Column<int>(type: "int", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AspectId = table.Column<int>(type: "int", nullable: true),
                    OldHundredths = table.Column<int>(type: "int", nullable: true),
                    NewHundredths = table.Column<int>(type: "int", nullable: true),
                    By = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
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
                    SheetId = table.Column<int>(type: "int", nullable: false),
                    AspectId = table.Column<int>(type: "int", nullable: false),
                    Hundredths = table.Column<int>(type: "int", nullable: false)
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
                name: "IX_AgreementRepresentative_AgreementId",
                table: "AgreementRepresentative",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementVote_AgreementId",
                table: "AgreementVote",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true,
                filter: "[NormalizedName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_EnterpriseId",
                table: "AspNetUsers",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_WorkerId",
                table: "AspNetUsers",
                column: "WorkerId",
                unique: true,
                filter: "[WorkerId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true,
                filter: "[NormalizedUserName] IS NOT NULL");

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
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_BargainingProposal_PayGridId",
                table: "BargainingProposal",
                column: "PayGridId");

            migrationBuilder.CreateIndex(
                name: "IX_BargainingProposal_RoundId",
                table: "BargainingProposal",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_BargainingRounds_AgreementId_Number",
                table: "BargainingRounds",
                columns: new[] { "AgreementId", "Number" },
                unique: true);

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
                name: "IX_Enterprises_CreditCode",
                table: "Enterprises",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_IndustryId",
                table: "Enterprises",
                column: "IndustryId");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_Name",
                table: "Enterprises",
                column: "Name");

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
                name: "IX_HonourTypes_Name",
                table: "HonourTypes",
                column: "Name",
                unique: true);

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
                name: "IX_Industries_Code",
                table: "Industries",
                column: "Code",
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
                name: "IX_InnovationStudios_EnterpriseId",
                table: "InnovationStudios",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_InnovationStudios_LeadWorkerId",
                table: "InnovationStudios",
                column: "LeadWorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_InnovationStudios_Name",
                table: "InnovationStudios",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_JobGroup_JobName_StartedAt",
                table: "JobRuns",
                columns: new[] { "JobGroup", "JobName", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_StartedAt",
                table: "JobRuns",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_JudgePanels_CompetitionId_Name",
                table: "JudgePanels",
                columns: new[] { "CompetitionId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LadderPolicies_Number",
                table: "LadderPolicies",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LevelRoutes_OccupationId",
                table: "LevelRoutes",
                column: "OccupationId");

            migrationBuilder.CreateIndex(
                name: "IX_LevelRoutes_PolicyId_TargetLevelRank",
                table: "LevelRoutes",
                columns: new[] { "PolicyId", "TargetLevelRank" });

            migrationBuilder.CreateIndex(
                name: "IX_LiveStandings_CompetitionId_TotalHundredths",
                table: "LiveStandings",
                columns: new[] { "CompetitionId", "TotalHundredths" });

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
                name: "IX_MentoringPairs_ApprenticeWorkerId",
                table: "MentoringPairs",
                column: "ApprenticeWorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringPairs_EnterpriseId_Status",
                table: "MentoringPairs",
                columns: new[] { "EnterpriseId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MentoringPairs_MentorWorkerId",
                table: "MentoringPairs",
                column: "MentorWorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_MinimumWages_Area_EffectiveFrom",
                table: "MinimumWages",
                columns: new[] { "Area", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_CampaignId",
                table: "Nominations",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_CampaignParticipantId_HonourTypeId",
                table: "Nominations",
                columns: new[] { "CampaignParticipantId", "HonourTypeId" },
                unique: true,
                filter: "[CampaignParticipantId] IS NOT NULL AND [HonourTypeId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_CompetitionId",
                table: "Nominations",
                column: "CompetitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_EnterpriseId",
                table: "Nominations",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_HonourTypeId",
                table: "Nominations",
                column: "HonourTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_ReviewerUserId",
                table: "Nominations",
                column: "ReviewerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_SnapshotId_WorkerId_Kind",
                table: "Nominations",
                columns: new[] { "SnapshotId", "WorkerId", "Kind" },
                unique: true,
                filter: "[SnapshotId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_Status_CreatedAt",
                table: "Nominations",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_TargetLevelId",
                table: "Nominations",
                column: "TargetLevelId");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_WorkerId",
                table: "Nominations",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_NominationSteps_NominationId",
                table: "NominationSteps",
                column: "NominationId");

            migrationBuilder.CreateIndex(
                name: "IX_Objections_NominationId_FiledByIdNumber",
                table: "Objections",
                columns: new[] { "NominationId", "FiledByIdNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Occupations_Code",
                table: "Occupations",
                column: "Code",
                unique: true);

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
                name: "IX_ParticipantMember_WorkerId",
                table: "ParticipantMember",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_PayGradeChanges_AgreementId",
                table: "PayGradeChanges",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_PayGradeChanges_PostClassId",
                table: "PayGradeChanges",
                column: "PostClassId");

            migrationBuilder.CreateIndex(
                name: "IX_PayGradeChanges_WorkerId_EffectiveFrom",
                table: "PayGradeChanges",
                columns: new[] { "WorkerId", "EffectiveFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_PayGridCell_PayGridId_PostClassId_LevelRank",
                table: "PayGridCell",
                columns: new[] { "PayGridId", "PostClassId", "LevelRank" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PayGridCell_PostClassId",
                table: "PayGridCell",
                column: "PostClassId");

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

            migrationBuilder.CreateIndex(
                name: "IX_PostClasses_Code",
                table: "PostClasses",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PracticeAttempts_RoundId_Status_Score",
                table: "PracticeAttempts",
                columns: new[] { "RoundId", "Status", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeAttempts_RoundId_WorkerId",
                table: "PracticeAttempts",
                columns: new[] { "RoundId", "WorkerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PracticeBoardRows_BoardId_Scope_Rank",
                table: "PracticeBoardRows",
                columns: new[] { "BoardId", "Scope", "Rank" });

            migrationBuilder.CreateIndex(
                name: "IX_PracticeBoards_RoundId_Number",
                table: "PracticeBoards",
                columns: new[] { "RoundId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PracticeQuestions_BankId_Number",
                table: "PracticeQuestions",
                columns: new[] { "BankId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PracticeRounds_BankId",
                table: "PracticeRounds",
                column: "BankId");

            migrationBuilder.CreateIndex(
                name: "IX_PracticeRounds_ClosesAt_BoardPublishedAt",
                table: "PracticeRounds",
                columns: new[] { "ClosesAt", "BoardPublishedAt" });

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
                name: "IX_QuestionBanks_OccupationId",
                table: "QuestionBanks",
                column: "OccupationId");

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
                unique: true,
                filter: "[ComponentId] IS NOT NULL");

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
                unique: true,
                filter: "[PanelId] IS NOT NULL AND [JudgeId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_SkillCertificates_Number",
                table: "SkillCertificates",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SkillCertificates_OccupationId",
                table: "SkillCertificates",
                column: "OccupationId");

            migrationBuilder.CreateIndex(
                name: "IX_SkillCertificates_SkillLevelId",
                table: "SkillCertificates",
                column: "SkillLevelId");

            migrationBuilder.CreateIndex(
                name: "IX_SkillCertificates_WorkerId",
                table: "SkillCertificates",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_SkillLevels_Code",
                table: "SkillLevels",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SkillLevels_Rank",
                table: "SkillLevels",
                column: "Rank",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StandingsDemands_CompetitionId_Id",
                table: "StandingsDemands",
                columns: new[] { "CompetitionId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_StandingsSnapshots_CompetitionId_Basis_Status",
                table: "StandingsSnapshots",
                columns: new[] { "CompetitionId", "Basis", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_StandingsSnapshots_CompetitionId_Number",
                table: "StandingsSnapshots",
                columns: new[] { "CompetitionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StudioMembers_StudioId",
                table: "StudioMembers",
                column: "StudioId");

            migrationBuilder.CreateIndex(
                name: "IX_StudioMembers_WorkerId",
                table: "StudioMembers",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_StudioProject_StudioId",
                table: "StudioProject",
                column: "StudioId");

            migrationBuilder.CreateIndex(
                name: "IX_StudioReview_StudioId_Year",
                table: "StudioReview",
                columns: new[] { "StudioId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TitleEquivalences_LevelRank",
                table: "TitleEquivalences",
                column: "LevelRank",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingEnrolments_CertificateNumber",
                table: "TrainingEnrolments",
                column: "CertificateNumber",
                unique: true,
                filter: "[CertificateNumber] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingEnrolments_ProgrammeId_WorkerId",
                table: "TrainingEnrolments",
                columns: new[] { "ProgrammeId", "WorkerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingEnrolments_WorkerId_Status",
                table: "TrainingEnrolments",
                columns: new[] { "WorkerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingProgrammes_OccupationId",
                table: "TrainingProgrammes",
                column: "OccupationId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingProgrammes_Status_StartsOn",
                table: "TrainingProgrammes",
                columns: new[] { "Status", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_WageAgreements_DraftGridId",
                table: "WageAgreements",
                column: "DraftGridId");

            migrationBuilder.CreateIndex(
                name: "IX_WageAgreements_EnterpriseId_Status",
                table: "WageAgreements",
                columns: new[] { "EnterpriseId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_WageAgreements_IndustryId_District_Status",
                table: "WageAgreements",
                columns: new[] { "IndustryId", "District", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkerHonours_ExpiresOn",
                table: "WorkerHonours",
                column: "ExpiresOn");

            migrationBuilder.CreateIndex(
                name: "IX_WorkerHonours_HonourTypeId",
                table: "WorkerHonours",
                column: "HonourTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkerHonours_NominationId",
                table: "WorkerHonours",
                column: "NominationId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkerHonours_WorkerId_ConferredOn",
                table: "WorkerHonours",
                columns: new[] { "WorkerId", "ConferredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkerLevelChanges_CertificateId",
                table: "WorkerLevelChanges",
                column: "CertificateId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkerLevelChanges_SkillLevelId",
                table: "WorkerLevelChanges",
                column: "SkillLevelId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkerLevelChanges_WorkerId_EffectiveOn",
                table: "WorkerLevelChanges",
                columns: new[] { "WorkerId", "EffectiveOn" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkerMessages_WorkerId_CreatedAt",
                table: "WorkerMessages",
                columns: new[] { "WorkerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Workers_CurrentSkillLevelId",
                table: "Workers",
                column: "CurrentSkillLevelId");

            migrationBuilder.CreateIndex(
                name: "IX_Workers_EnterpriseId_FullName",
                table: "Workers",
                columns: new[] { "EnterpriseId", "FullName" });

            migrationBuilder.CreateIndex(
                name: "IX_Workers_FullName",
                table: "Workers",
                column: "FullName");

            migrationBuilder.CreateIndex(
                name: "IX_Workers_NationalIdNumber",
                table: "Workers",
                column: "NationalIdNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Workers_OccupationId",
                table: "Workers",
                column: "OccupationId");

            migrationBuilder.CreateIndex(
                name: "IX_Workers_PostClassId",
                table: "Workers",
                column: "PostClassId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkerTierChanges_EffectiveOn",
                table: "WorkerTierChanges",
                column: "EffectiveOn");

            migrationBuilder.CreateIndex(
                name: "IX_WorkerTierChanges_WorkerId_EffectiveOn",
                table: "WorkerTierChanges",
                columns: new[] { "WorkerId", "EffectiveOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgreementRepresentative");

            migrationBuilder.DropTable(
                name: "AgreementVote");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AssessmentChanges");

            migrationBuilder.DropTable(
                name: "AssessmentCount");

            migrationBuilder.DropTable(
                name: "AssessmentEvidence");

            migrationBuilder.DropTable(
                name: "AssessmentValue");

            migrationBuilder.DropTable(
                name: "AttendanceDay");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "BargainingProposal");

            migrationBuilder.DropTable(
                name: "CalendarDays");

            migrationBuilder.DropTable(
                name: "CampaignStandingsDemands");

            migrationBuilder.DropTable(
                name: "CampaignStandingsRows");

            migrationBuilder.DropTable(
                name: "CompetitionStatusChanges");

            migrationBuilder.DropTable(
                name: "Conflicts");

            migrationBuilder.DropTable(
                name: "EntrantMembers");

            migrationBuilder.DropTable(
                name: "InnovationAuthor");

            migrationBuilder.DropTable(
                name: "JobRuns");

            migrationBuilder.DropTable(
                name: "LevelRoutes");

            migrationBuilder.DropTable(
                name: "LiveBoards");

            migrationBuilder.DropTable(
                name: "LiveStandings");

            migrationBuilder.DropTable(
                name: "MentoringMilestone");

            migrationBuilder.DropTable(
                name: "MinimumWages");

            migrationBuilder.DropTable(
                name: "NominationSteps");

            migrationBuilder.DropTable(
                name: "Objections");

            migrationBuilder.DropTable(
                name: "PanelCriteria");

            migrationBuilder.DropTable(
                name: "PanelMembers");

            migrationBuilder.DropTable(
                name: "ParticipantMember");

            migrationBuilder.DropTable(
                name: "PayGradeChanges");

            migrationBuilder.DropTable(
                name: "PayGridCell");

            migrationBuilder.DropTable(
                name: "PracticeAttempts");

            migrationBuilder.DropTable(
                name: "PracticeBoardRows");

            migrationBuilder.DropTable(
                name: "PracticeBoards");

            migrationBuilder.DropTable(
                name: "PracticeQuestions");

            migrationBuilder.DropTable(
                name: "ProcessedRequests");

            migrationBuilder.DropTable(
                name: "ScoreChanges");

            migrationBuilder.DropTable(
                name: "ScoreEntries");

            migrationBuilder.DropTable(
                name: "StandingsDemands");

            migrationBuilder.DropTable(
                name: "StandingsRows");

            migrationBuilder.DropTable(
                name: "StandingsSnapshots");

            migrationBuilder.DropTable(
                name: "StudioMembers");

            migrationBuilder.DropTable(
                name: "StudioProject");

            migrationBuilder.DropTable(
                name: "StudioReview");

            migrationBuilder.DropTable(
                name: "TitleEquivalences");

            migrationBuilder.DropTable(
                name: "WorkerHonours");

            migrationBuilder.DropTable(
                name: "WorkerLevelChanges");

            migrationBuilder.DropTable(
                name: "WorkerMessages");

            migrationBuilder.DropTable(
                name: "WorkerTierChanges");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "IndicatorEvents");

            migrationBuilder.DropTable(
                name: "PeriodAssessments");

            migrationBuilder.DropTable(
                name: "TrainingEnrolments");

            migrationBuilder.DropTable(
                name: "BargainingRounds");

            migrationBuilder.DropTable(
                name: "CampaignStandings");

            migrationBuilder.DropTable(
                name: "InnovationEntries");

            migrationBuilder.DropTable(
                name: "LadderPolicies");

            migrationBuilder.DropTable(
                name: "MentoringPairs");

            migrationBuilder.DropTable(
                name: "PracticeRounds");

            migrationBuilder.DropTable(
                name: "MarkingAspects");

            migrationBuilder.DropTable(
                name: "ScoreSheets");

            migrationBuilder.DropTable(
                name: "InnovationStudios");

            migrationBuilder.DropTable(
                name: "Nominations");

            migrationBuilder.DropTable(
                name: "SkillCertificates");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "CampaignPeriods");

            migrationBuilder.DropTable(
                name: "TrainingProgrammes");

            migrationBuilder.DropTable(
                name: "WageAgreements");

            migrationBuilder.DropTable(
                name: "QuestionBanks");

            migrationBuilder.DropTable(
                name: "MarkingCriteria");

            migrationBuilder.DropTable(
                name: "CompetitionJudges");

            migrationBuilder.DropTable(
                name: "Entrants");

            migrationBuilder.DropTable(
                name: "JudgePanels");

            migrationBuilder.DropTable(
                name: "CampaignParticipants");

            migrationBuilder.DropTable(
                name: "HonourTypes");

            migrationBuilder.DropTable(
                name: "IndicatorSchemes");

            migrationBuilder.DropTable(
                name: "PayGrids");

            migrationBuilder.DropTable(
                name: "MarkingComponents");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Campaigns");

            migrationBuilder.DropTable(
                name: "Competitions");

            migrationBuilder.DropTable(
                name: "Workers");

            migrationBuilder.DropTable(
                name: "Enterprises");

            migrationBuilder.DropTable(
                name: "Occupations");

            migrationBuilder.DropTable(
                name: "PostClasses");

            migrationBuilder.DropTable(
                name: "SkillLevels");

            migrationBuilder.DropTable(
                name: "Industries");
        }
    }
}
