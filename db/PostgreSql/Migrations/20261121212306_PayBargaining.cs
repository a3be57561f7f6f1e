using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SkillsLadder.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PayBargaining : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PostClassId",
                table: "Workers",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MinimumWages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Area = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    MonthlyFen = table.Column<long>(type: "bigint", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MinimumWages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PayGrids",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    FloorPercent = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PostClasses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WageAgreements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Scope = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: true),
                    IndustryId = table.Column<int>(type: "integer", nullable: true),
                    District = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    MinimumWageArea = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    OfferedBy = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OfferText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OfferedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RepliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TermMonths = table.Column<int>(type: "integer", nullable: false),
                    PayRule = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReplyDays = table.Column<int>(type: "integer", nullable: false),
                    FilingDays = table.Column<int>(type: "integer", nullable: false),
                    ReviewDays = table.Column<int>(type: "integer", nullable: false),
                    RenewalLeadDays = table.Column<int>(type: "integer", nullable: false),
                    MinRepresentatives = table.Column<int>(type: "integer", nullable: false),
                    MaxRepresentatives = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DraftGridId = table.Column<int>(type: "integer", nullable: true),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    BureauApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "PayGridCell",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PayGridId = table.Column<int>(type: "integer", nullable: false),
                    PostClassId = table.Column<int>(type: "integer", nullable: false),
                    LevelRank = table.Column<int>(type: "integer", nullable: false),
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
                name: "AgreementRepresentative",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgreementId = table.Column<int>(type: "integer", nullable: false),
                    Side = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Post = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IsChief = table.Column<bool>(type: "boolean", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgreementId = table.Column<int>(type: "integer", nullable: false),
                    Representatives = table.Column<int>(type: "integer", nullable: false),
                    Attending = table.Column<int>(type: "integer", nullable: false),
                    Approving = table.Column<int>(type: "integer", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgreementId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Minutes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false)
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
                name: "PayGradeChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkerId = table.Column<int>(type: "integer", nullable: false),
                    AgreementId = table.Column<int>(type: "integer", nullable: false),
                    PostClassId = table.Column<int>(type: "integer", nullable: false),
                    LevelRank = table.Column<int>(type: "integer", nullable: false),
                    Tier = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MonthlyFen = table.Column<long>(type: "bigint", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
                name: "BargainingProposal",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    Side = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PayGridId = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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

            migrationBuilder.CreateIndex(
                name: "IX_Workers_PostClassId",
                table: "Workers",
                column: "PostClassId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementRepresentative_AgreementId",
                table: "AgreementRepresentative",
                column: "AgreementId");

            migrationBuilder.CreateIndex(
                name: "IX_AgreementVote_AgreementId",
                table: "AgreementVote",
                column: "AgreementId");

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
                name: "IX_MinimumWages_Area_EffectiveFrom",
                table: "MinimumWages",
                columns: new[] { "Area", "EffectiveFrom" },
                unique: true);

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
                name: "IX_PostClasses_Code",
                table: "PostClasses",
                column: "Code",
                unique: true);

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

            migrationBuilder.AddForeignKey(
                name: "FK_Workers_PostClasses_PostClassId",
                table: "Workers",
                column: "PostClassId",
                principalTable: "PostClasses",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Workers_PostClasses_PostClassId",
                table: "Workers");

            migrationBuilder.DropTable(
                name: "AgreementRepresentative");

            migrationBuilder.DropTable(
                name: "AgreementVote");

            migrationBuilder.DropTable(
                name: "BargainingProposal");

            migrationBuilder.DropTable(
                name: "MinimumWages");

            migrationBuilder.DropTable(
                name: "PayGradeChanges");

            migrationBuilder.DropTable(
                name: "PayGridCell");

            migrationBuilder.DropTable(
                name: "BargainingRounds");

            migrationBuilder.DropTable(
                name: "PostClasses");

            migrationBuilder.DropTable(
                name: "WageAgreements");

            migrationBuilder.DropTable(
                name: "PayGrids");

            migrationBuilder.DropIndex(
                name: "IX_Workers_PostClassId",
                table: "Workers");

            migrationBuilder.DropColumn(
                name: "PostClassId",
                table: "Workers");
        }
    }
}
