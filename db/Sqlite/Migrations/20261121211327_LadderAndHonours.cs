using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SkillsLadder.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LadderAndHonours : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Education",
                table: "Workers",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Tier",
                table: "Workers",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "CountsTowardCraftsman",
                table: "WorkerHonours",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExpiryWarnedOn",
                table: "WorkerHonours",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HonourTypeId",
                table: "WorkerHonours",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LapsedOn",
                table: "WorkerHonours",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "NominationId",
                table: "WorkerHonours",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CalendarDays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsWorkingDay = table.Column<bool>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarDays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "HonourTypes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ValidityYears = table.Column<int>(type: "INTEGER", nullable: true),
                    BonusFen = table.Column<long>(type: "INTEGER", nullable: true),
                    CountsTowardCraftsman = table.Column<bool>(type: "INTEGER", nullable: false),
                    NeedsSecondApproval = table.Column<bool>(type: "INTEGER", nullable: false),
                    NoticeWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HonourTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LadderPolicies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Tier1MinLevelRank = table.Column<int>(type: "INTEGER", nullable: false),
                    Tier2MinLevelRank = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LadderPolicies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorkerMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    FromTier = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ToTier = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
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
                name: "Nominations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    HonourTypeId = table.Column<int>(type: "INTEGER", nullable: true),
                    TargetLevelId = table.Column<int>(type: "INTEGER", nullable: true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: true),
                    CompetitionId = table.Column<int>(type: "INTEGER", nullable: true),
                    SnapshotId = table.Column<int>(type: "INTEGER", nullable: true),
                    ResultRank = table.Column<int>(type: "INTEGER", nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    NeedsSecondApproval = table.Column<bool>(type: "INTEGER", nullable: false),
                    NoticeWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReviewerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    FirstApproverUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    NoticeStartsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoticeEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConferredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 1100, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Nominations", x => x.Id);
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
                name: "LevelRoutes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PolicyId = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetLevelRank = table.Column<int>(type: "INTEGER", nullable: false),
                    OccupationId = table.Column<int>(type: "INTEGER", nullable: true),
                    YearsAtPreviousLevel = table.Column<int>(type: "INTEGER", nullable: true),
                    YearsInOccupation = table.Column<int>(type: "INTEGER", nullable: true),
                    MinimumEducation = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CompetitionTopN = table.Column<int>(type: "INTEGER", nullable: true),
                    CompetitionMinimumLevel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CompetitionWithinYears = table.Column<int>(type: "INTEGER", nullable: true)
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
                name: "NominationSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NominationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1100, nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NominationId = table.Column<int>(type: "INTEGER", nullable: false),
                    FiledByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    FiledByIdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    FiledAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                name: "IX_HonourTypes_Name",
                table: "HonourTypes",
                column: "Name",
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
                unique: true);

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
                name: "IX_WorkerMessages_WorkerId_CreatedAt",
                table: "WorkerMessages",
                columns: new[] { "WorkerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkerTierChanges_EffectiveOn",
                table: "WorkerTierChanges",
                column: "EffectiveOn");

            migrationBuilder.CreateIndex(
                name: "IX_WorkerTierChanges_WorkerId_EffectiveOn",
                table: "WorkerTierChanges",
                columns: new[] { "WorkerId", "EffectiveOn" });

            migrationBuilder.AddForeignKey(
                name: "FK_WorkerHonours_HonourTypes_HonourTypeId",
                table: "WorkerHonours",
                column: "HonourTypeId",
                principalTable: "HonourTypes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_WorkerHonours_Nominations_NominationId",
                table: "WorkerHonours",
                column: "NominationId",
                principalTable: "Nominations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_WorkerHonours_HonourTypes_HonourTypeId",
                table: "WorkerHonours");

            migrationBuilder.DropForeignKey(
                name: "FK_WorkerHonours_Nominations_NominationId",
                table: "WorkerHonours");

            migrationBuilder.DropTable(
                name: "CalendarDays");

            migrationBuilder.DropTable(
                name: "LevelRoutes");

            migrationBuilder.DropTable(
                name: "NominationSteps");

            migrationBuilder.DropTable(
                name: "Objections");

            migrationBuilder.DropTable(
                name: "WorkerMessages");

            migrationBuilder.DropTable(
                name: "WorkerTierChanges");

            migrationBuilder.DropTable(
                name: "LadderPolicies");

            migrationBuilder.DropTable(
                name: "Nominations");

            migrationBuilder.DropTable(
                name: "HonourTypes");

            migrationBuilder.DropIndex(
                name: "IX_WorkerHonours_ExpiresOn",
                table: "WorkerHonours");

            migrationBuilder.DropIndex(
                name: "IX_WorkerHonours_HonourTypeId",
                table: "WorkerHonours");

            migrationBuilder.DropIndex(
                name: "IX_WorkerHonours_NominationId",
                table: "WorkerHonours");

            migrationBuilder.DropColumn(
                name: "Education",
                table: "Workers");

            migrationBuilder.DropColumn(
                name: "Tier",
                table: "Workers");

            migrationBuilder.DropColumn(
                name: "CountsTowardCraftsman",
                table: "WorkerHonours");

            migrationBuilder.DropColumn(
                name: "ExpiryWarnedOn",
                table: "WorkerHonours");

            migrationBuilder.DropColumn(
                name: "HonourTypeId",
                table: "WorkerHonours");

            migrationBuilder.DropColumn(
                name: "LapsedOn",
                table: "WorkerHonours");

            migrationBuilder.DropColumn(
                name: "NominationId",
                table: "WorkerHonours");
        }
    }
}
