using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SkillsLadder.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class TrainingAndPractice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ApprenticesMentored",
                table: "LevelRoutes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ApprenticeshipCompleted",
                table: "LevelRoutes",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "MentoringWithinYears",
                table: "LevelRoutes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StudioRole",
                table: "LevelRoutes",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TrainingHours",
                table: "LevelRoutes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TrainingWithinYears",
                table: "LevelRoutes",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Eligibility_MinimumTitleGrade",
                table: "Competitions",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InnovationStudios",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    LeadWorkerId = table.Column<int>(type: "integer", nullable: false),
                    FoundedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MentorWorkerId = table.Column<int>(type: "integer", nullable: false),
                    ApprenticeWorkerId = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    Plan = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MentorSignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ApprenticeSignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EnterpriseSignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ApprenticeLevelAtStart = table.Column<int>(type: "integer", nullable: false),
                    ApprenticeLevelAtEnd = table.Column<int>(type: "integer", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TerminationReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "PracticeBoardRows",
                columns: table => new
                {
                    BoardId = table.Column<int>(type: "integer", nullable: false),
                    Scope = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubjectId = table.Column<int>(type: "integer", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    ScoreHundredths = table.Column<int>(type: "integer", nullable: false),
                    Participants = table.Column<int>(type: "integer", nullable: false),
                    TimeUsedSeconds = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PracticeBoardRows", x => new { x.BoardId, x.Scope, x.SubjectId });
                });

            migrationBuilder.CreateTable(
                name: "QuestionBanks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OccupationId = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                name: "TitleEquivalences",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    LevelRank = table.Column<int>(type: "integer", nullable: false),
                    Grade = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TitleEquivalences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrainingProgrammes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OccupationId = table.Column<int>(type: "integer", nullable: true),
                    TargetTier = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Provider = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Hours = table.Column<int>(type: "integer", nullable: false),
                    Assessment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CostFen = table.Column<long>(type: "bigint", nullable: false),
                    SubsidyFen = table.Column<long>(type: "bigint", nullable: false),
                    IsApproved = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "StudioMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StudioId = table.Column<int>(type: "integer", nullable: false),
                    WorkerId = table.Column<int>(type: "integer", nullable: false),
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StudioId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Patents = table.Column<int>(type: "integer", nullable: false),
                    FiveSmallEntries = table.Column<int>(type: "integer", nullable: false),
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StudioId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Grade = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReviewedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
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
                    PairId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
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
                name: "PracticeQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BankId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Stem = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Options = table.Column<string>(type: "character varying(1806)", maxLength: 1806, nullable: false),
                    Answer = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Points = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BankId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OpensAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosesAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DurationMinutes = table.Column<int>(type: "integer", nullable: false),
                    QuestionCount = table.Column<int>(type: "integer", nullable: false),
                    Seed = table.Column<int>(type: "integer", nullable: false),
                    BoardPublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "TrainingEnrolments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProgrammeId = table.Column<int>(type: "integer", nullable: false),
                    WorkerId = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EnrolledBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    EnrolledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: true),
                    Score = table.Column<int>(type: "integer", nullable: true),
                    ResultOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FailureReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CertificateNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "PracticeAttempts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    WorkerId = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    IndustryId = table.Column<int>(type: "integer", nullable: false),
                    QuestionIds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Answers = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DeadlineAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    MaxScore = table.Column<int>(type: "integer", nullable: false),
                    TimeUsedSeconds = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    ComputedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Participants = table.Column<int>(type: "integer", nullable: false)
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
                name: "AttendanceDay",
                columns: table => new
                {
                    EnrolmentId = table.Column<int>(type: "integer", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Tenths = table.Column<int>(type: "integer", nullable: false)
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
                name: "IX_QuestionBanks_OccupationId",
                table: "QuestionBanks",
                column: "OccupationId");

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
                unique: true);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AttendanceDay");

            migrationBuilder.DropTable(
                name: "MentoringMilestone");

            migrationBuilder.DropTable(
                name: "PracticeAttempts");

            migrationBuilder.DropTable(
                name: "PracticeBoardRows");

            migrationBuilder.DropTable(
                name: "PracticeBoards");

            migrationBuilder.DropTable(
                name: "PracticeQuestions");

            migrationBuilder.DropTable(
                name: "StudioMembers");

            migrationBuilder.DropTable(
                name: "StudioProject");

            migrationBuilder.DropTable(
                name: "StudioReview");

            migrationBuilder.DropTable(
                name: "TitleEquivalences");

            migrationBuilder.DropTable(
                name: "TrainingEnrolments");

            migrationBuilder.DropTable(
                name: "MentoringPairs");

            migrationBuilder.DropTable(
                name: "PracticeRounds");

            migrationBuilder.DropTable(
                name: "InnovationStudios");

            migrationBuilder.DropTable(
                name: "TrainingProgrammes");

            migrationBuilder.DropTable(
                name: "QuestionBanks");

            migrationBuilder.DropColumn(
                name: "ApprenticesMentored",
                table: "LevelRoutes");

            migrationBuilder.DropColumn(
                name: "ApprenticeshipCompleted",
                table: "LevelRoutes");

            migrationBuilder.DropColumn(
                name: "MentoringWithinYears",
                table: "LevelRoutes");

            migrationBuilder.DropColumn(
                name: "StudioRole",
                table: "LevelRoutes");

            migrationBuilder.DropColumn(
                name: "TrainingHours",
                table: "LevelRoutes");

            migrationBuilder.DropColumn(
                name: "TrainingWithinYears",
                table: "LevelRoutes");

            migrationBuilder.DropColumn(
                name: "Eligibility_MinimumTitleGrade",
                table: "Competitions");
        }
    }
}
