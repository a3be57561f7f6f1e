using System.Data.Common;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;
using SkillsLadder.Data.Bulk;
using SkillsLadder.Data.Identity;
using SkillsLadder.DemoCity;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Benchmarks;

/// <summary>
/// A locked competition of N entrants × J judges × 4 aspects (two measurements by mean, two judgements by trimmed
/// mean), loaded with the demo city's bulk writer: the input the ranking job, the SQL baseline and the array
/// baseline all read.
/// </summary>
internal static class BenchCompetition
{
    public const string Name = "基准测试竞赛";

    /// <summary>The competition an earlier run seeded, when the database exists and it has this many entrants.</summary>
    public static async Task<int?> FindAsync(SkillsLadderDbContext db, int entrants, CancellationToken ct)
    {
        if (!await db.Database.CanConnectAsync(ct)) return null;
        try
        {
            var id = await db.Competitions.Where(c => c.Name == Name).Select(c => (int?)c.Id).FirstOrDefaultAsync(ct);
            return id is { } found && await db.Entrants.CountAsync(e => e.CompetitionId == found, ct) == entrants ? found : null;
        }
        catch (DbException) { return null; } // an empty or older database
    }

    public static async Task<int> CreateAsync(SkillsLadderDbContext db, int entrants, int judges, CancellationToken ct)
    {
        await new DemoCityGenerator().GenerateAsync(db, new DemoCityOptions { Workers = entrants }, null, ct);
        var workerIds = await db.Workers.OrderBy(w => w.Id).Select(w => w.Id).Take(entrants).ToListAsync(ct);
        var occupation = await db.Occupations.Select(o => o.Id).FirstAsync(ct);
        var now = DateTime.UtcNow;
        var competition = new Competition(new CompetitionDetails(Name, CompetitionLevel.City, CompetitionClass.Unclassified, occupation, null,
            null, "benchmark", new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 2), "benchmark", 1, EligibilityRules.None), "bench", now);
        string[] descriptors = ["0", "1", "2", "3"];
        competition.ReplaceScheme(new SchemeDefinition([new ComponentSpec("实操", ComponentKind.Practical, 100,
        [
            new CriterionSpec("A", "测量", [
                new AspectSpec("A1", "尺寸", AspectKind.Measurement, new Mark(2500), AggregationRule.Mean, new Mark(500), new Mark(50)),
                new AspectSpec("A2", "形位", AspectKind.Measurement, new Mark(2500), AggregationRule.Mean, new Mark(500), new Mark(100))]),
            new CriterionSpec("B", "评判", [
                new AspectSpec("B1", "工艺", AspectKind.Judgement, new Mark(2500), AggregationRule.TrimmedMean, new Mark(100), new Mark(100), descriptors),
                new AspectSpec("B2", "安全", AspectKind.Judgement, new Mark(2500), AggregationRule.TrimmedMean, new Mark(100), new Mark(100), descriptors)]),
        ])]));
        db.Competitions.Add(competition);
        await db.SaveChangesAsync(ct);
        var judgeIds = new List<int>();
        for (var j = 0; j < judges; j++)
        {
            var user = new AppUser { UserName = $"bench-judge-{j}", NormalizedUserName = $"BENCH-JUDGE-{j}", DisplayName = $"裁判{j}", SecurityStamp = Guid.NewGuid().ToString() };
            db.Users.Add(user);
            await db.SaveChangesAsync(ct);
            var judge = new CompetitionJudge(competition.Id, user.Id, $"裁判{j}", null, j == 0);
            db.CompetitionJudges.Add(judge);
            await db.SaveChangesAsync(ct);
            judgeIds.Add(judge.Id);
        }
        var panel = new JudgePanel(competition.Id, "评分组");
        panel.Assign(judgeIds, competition.Components.Single().Criteria.Select(k => k.Id).ToList());
        db.JudgePanels.Add(panel);
        competition.MoveTo(CompetitionStatus.Registration, new CompetitionFacts(true, 0, 0, 0, false), "bench", now);
        await db.SaveChangesAsync(ct);
        var aspects = competition.Components.Single().Criteria.SelectMany(k => k.Aspects).OrderBy(a => a.Position).ToList();
        await LoadMarksAsync(db, competition.Id, panel.Id, judgeIds, aspects, workerIds, ct);
        competition.MoveTo(CompetitionStatus.Marking, new CompetitionFacts(true, entrants, judges, 0, false), "bench", now);
        competition.MoveTo(CompetitionStatus.Locked, new CompetitionFacts(true, entrants, judges, 0, false), "bench", now);
        await db.SaveChangesAsync(ct);
        await db.StandingsDemands.ExecuteDeleteAsync(ct);
        return competition.Id;
    }

    private static async Task LoadMarksAsync(SkillsLadderDbContext db, int competitionId, int panelId, IReadOnlyList<int> judgeIds,
        IReadOnlyList<MarkingAspect> aspects, IReadOnlyList<int> workerIds, CancellationToken ct)
    {
        var random = new Random(20261121);
        var now = DateTime.UtcNow;
        await using var session = await BulkLoadSession.OpenAsync(db, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await using (var entrants = new BulkTable<Entrant>(db, ["Id", "CompetitionId", "Bib", "Status", "RegisteredBy", "RegisteredAt", "TimeUsedSeconds", "Version"]))
        await using (var members = new BulkTable<EntrantMember>(db, ["EntrantId", "CompetitionId", "WorkerId"]))
        await using (var sheets = new BulkTable<ScoreSheet>(db, ["Id", "CompetitionId", "EntrantId", "Source", "PanelId", "JudgeId", "Status", "SubmittedBy", "SubmittedAt", "VerifiedBy", "VerifiedAt", "Version"]))
        await using (var entries = new BulkTable<ScoreEntry>(db, ["SheetId", "AspectId", "Hundredths"]))
        {
            var baseEntrant = 1_000_000;
            var sheetId = 1_000_000;
            const int chunk = 5_000;
            for (var start = 0; start < workerIds.Count; start += chunk)
            {
                var batch = workerIds.Skip(start).Take(chunk).Select((w, i) => (Worker: w, Id: baseEntrant + start + i, Bib: start + i + 1)).ToList();
                await entrants.InsertAsync(batch.Select(e => new object?[] { e.Id, competitionId, e.Bib, EntrantStatus.Active, "bench", now, 3000 + random.Next(600), 0 }).ToList(), ct);
                await members.InsertAsync(batch.Select(e => new object?[] { e.Id, competitionId, e.Worker }).ToList(), ct);
                var sheetRows = new List<object?[]>();
                var entryRows = new List<object?[]>();
                foreach (var e in batch)
                foreach (var judge in judgeIds)
                {
                    sheetId++;
                    sheetRows.Add([sheetId, competitionId, e.Id, SheetSource.Judge, panelId, judge, SheetStatus.Locked, "bench", now, "chief", now, 3]);
                    foreach (var a in aspects)
                        entryRows.Add([sheetId, a.Id, a.Kind == AspectKind.Judgement ? random.Next(4) * 100 : random.Next(0, a.MaximumHundredths / a.StepHundredths + 1) * a.StepHundredths]);
                }
                await sheets.InsertAsync(sheetRows, ct);
                await entries.InsertAsync(entryRows, ct);
            }
        }
        await session.MoveIdentitiesPastWrittenIdsAsync([typeof(Entrant), typeof(ScoreSheet)], ct);
        await transaction.CommitAsync(ct);
    }
}
