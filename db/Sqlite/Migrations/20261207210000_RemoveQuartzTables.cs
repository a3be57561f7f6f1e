using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SkillsLadder.Data;

#nullable disable

namespace SkillsLadder.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Background jobs moved from Quartz.NET to Hangfire: the tables Quartz created for itself at start-up (prefix
    /// qrtz_, never part of the model) go. Hangfire creates its own (in the jobs file beside the database). Nothing to undo: Quartz recreated
    /// its tables whenever they were missing, and no version that needs them runs on this schema any more.
    /// </summary>
    [DbContext(typeof(SkillsLadderDbContext))]
    [Migration("20261207210000_RemoveQuartzTables")]
    public partial class RemoveQuartzTables : Migration
    {
        /// <summary>Children before parents (the trigger tables reference the job details).</summary>
        private static readonly string[] QuartzTables =
        [
            "qrtz_fired_triggers", "qrtz_paused_trigger_grps", "qrtz_scheduler_state", "qrtz_locks", "qrtz_simple_triggers",
            "qrtz_simprop_triggers", "qrtz_cron_triggers", "qrtz_blob_triggers", "qrtz_triggers", "qrtz_job_details", "qrtz_calendars",
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var table in QuartzTables) migrationBuilder.Sql($"DROP TABLE IF EXISTS \"{table}\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
