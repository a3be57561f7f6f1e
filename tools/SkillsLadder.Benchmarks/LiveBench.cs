using System.Diagnostics;
using System.Globalization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkillsLadder.Application.Features.Ranking;
using SkillsLadder.Application.Features.Results;
using SkillsLadder.Application.Features.Scoring;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Benchmarks;

/// <summary>
/// The live board's reaction to one sheet: the seeded competition is put back into marking (its sheets submitted, the
/// live rows built once), then for several entrants one judge's sheet is reopened, marked in full and submitted through
/// the application's own commands, and the public board is read until it shows the entrant level with the best. Timed: from sending
/// the submission to the board answering with the new place. The competition is locked again afterwards.
/// </summary>
internal static class LiveBench
{
    public static async Task<IReadOnlyList<double>> RunAsync(IServiceProvider services, int competitionId, int trials)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SkillsLadderDbContext>();
            await SetStatusAsync(db, competitionId, "Marking", "Submitted");
            var build = Stopwatch.StartNew();
            await using var transaction = await db.Database.BeginTransactionAsync();
            // "The competition changed": a full build.
            await LiveStandingsRefresher.RefreshAsync(db, [new LiveStandingChange(competitionId, null)], TimeProvider.System, default);
            await transaction.CommitAsync();
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"live rows built for the whole competition in {build.Elapsed.TotalSeconds:0.00} s"));
        }

        var latencies = new List<double>();
        var random = new Random(7);
        for (var trial = 0; trial < trials; trial++)
        {
            await using var scope = services.CreateAsyncScope();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            var db = scope.ServiceProvider.GetRequiredService<SkillsLadderDbContext>();
            var entrant = await db.Entrants.Where(e => e.CompetitionId == competitionId).OrderBy(e => e.Id).Skip(random.Next(1000, 90_000))
                .Select(e => new { e.Id, e.Bib }).FirstAsync();
            var sheets = await db.ScoreSheets.Where(s => s.EntrantId == entrant.Id).OrderBy(s => s.JudgeId).Select(s => new { s.PanelId, s.JudgeId }).ToListAsync();
            // All but the last sheet at full marks first (untimed); the last one, timed, takes the entrant to the top.
            for (var i = 0; i < sheets.Count; i++)
            {
                var sheet = sheets[i];
                await mediator.Send(new ReopenSheetCommand { CompetitionId = competitionId, PanelId = sheet.PanelId!.Value, EntrantId = entrant.Id, JudgeId = sheet.JudgeId });
                var version = await db.ScoreSheets.Where(s => s.EntrantId == entrant.Id && s.JudgeId == sheet.JudgeId).Select(s => s.Version).SingleAsync();
                await mediator.Send(new SaveMarksCommand
                {
                    CompetitionId = competitionId, PanelId = sheet.PanelId.Value, EntrantId = entrant.Id, JudgeId = sheet.JudgeId, Version = version,
                    Entries = [new() { AspectCode = "A1", Value = "25" }, new() { AspectCode = "A2", Value = "25" }, new() { AspectCode = "B1", Value = "3" }, new() { AspectCode = "B2", Value = "3" }],
                });
                var submit = new SubmitSheetCommand { CompetitionId = competitionId, PanelId = sheet.PanelId.Value, EntrantId = entrant.Id, JudgeId = sheet.JudgeId };
                if (i < sheets.Count - 1)
                {
                    await mediator.Send(submit);
                    continue;
                }
                var watch = Stopwatch.StartNew();
                await mediator.Send(submit);
                var submitted = watch.Elapsed;
                await using var readScope = services.CreateAsyncScope(); // the board is another request
                var board = readScope.ServiceProvider.GetRequiredService<IMediator>();
                // Full marks: level with the best (earlier trials' entrants are there too), so on the board's top page.
                while ((await board.Send(new GetPublicStandingsQuery(competitionId)))!.Rows is var rows
                       && !rows.Any(r => r.Bib == entrant.Bib && r.Total == rows[0].Total))
                    if (watch.Elapsed > TimeSpan.FromSeconds(30)) throw new InvalidOperationException("The board never showed the new mark.");
                latencies.Add(watch.Elapsed.TotalSeconds);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"live: bib {entrant.Bib} first on the board {watch.Elapsed.TotalMilliseconds:0} ms after its last sheet was sent (submit with live update {submitted.TotalMilliseconds:0} ms)"));
            }
        }

        await using (var scope = services.CreateAsyncScope())
            await SetStatusAsync(scope.ServiceProvider.GetRequiredService<SkillsLadderDbContext>(), competitionId, "Locked", "Locked");
        return latencies;
    }

    /// <summary>Straight in SQL: the seeded competition's state, not a lifecycle step under test.</summary>
    private static async Task SetStatusAsync(SkillsLadderDbContext db, int competitionId, string competition, string sheets)
    {
        await db.Database.ExecuteSqlAsync($"""UPDATE "ScoreSheets" SET "Status" = {sheets} WHERE "CompetitionId" = {competitionId}""");
        await db.Database.ExecuteSqlAsync($"""UPDATE "Competitions" SET "Status" = {competition} WHERE "Id" = {competitionId}""");
        await db.StandingsDemands.ExecuteDeleteAsync();
    }
}
