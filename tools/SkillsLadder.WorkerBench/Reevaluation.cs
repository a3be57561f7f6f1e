using System.Data.Common;
using System.Diagnostics;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkillsLadder.Application.Features.Jobs;
using SkillsLadder.Data;

namespace SkillsLadder.WorkerBench;

/// <summary>
/// The nightly job's command through MediatR, as Hangfire sends it, after one run that brings the city up to today (its
/// tiers were set as of the city's own date); then, in each measured run, the same command and the baseline: a bare
/// SELECT streaming the rows the re-evaluation must look at (workers, level histories, pay grades) on the same server.
/// </summary>
internal static class Reevaluation
{
    private static readonly string[] BaselineQueries =
    [
        """SELECT "Id", "OccupationId", "HireDate", "Education", "Tier", "PostClassId", "CurrentSkillLevelId", "EnterpriseId" FROM "Workers" ORDER BY "Id" """,
        """SELECT "WorkerId", "SkillLevelId", "EffectiveOn" FROM "WorkerLevelChanges" ORDER BY "WorkerId" """,
        """SELECT "WorkerId", "AgreementId", "EffectiveFrom", "PostClassId", "LevelRank", "Tier", "MonthlyFen" FROM "PayGradeChanges" ORDER BY "WorkerId" """,
    ];

    public static async Task<(LadderSweepResult Result, double Ms)> SweepAsync(IServiceProvider root)
    {
        await using var scope = root.CreateAsyncScope();
        var watch = Stopwatch.StartNew();
        var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ReevaluateLadderCommand());
        return (result, watch.Elapsed.TotalMilliseconds);
    }

    public static async Task<(long Rows, double Ms)> BaselineAsync(IServiceProvider root)
    {
        await using var scope = root.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SkillsLadderDbContext>();
        await db.Database.OpenConnectionAsync();
        var watch = Stopwatch.StartNew();
        long rows = 0;
        foreach (var sql in BaselineQueries)
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            command.CommandTimeout = 600;
            await using DbDataReader reader = await command.ExecuteReaderAsync();
            var values = new object[reader.FieldCount];
            while (await reader.ReadAsync())
            {
                reader.GetValues(values);
                rows++;
            }
        }
        return (rows, watch.Elapsed.TotalMilliseconds);
    }
}
