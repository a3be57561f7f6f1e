using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Registration;

/// <summary>A worker as registration sees them: who they are, and the directory facts eligibility is checked against.</summary>
public sealed record Candidate(int WorkerId, string FullName, string NationalIdNumber, string EnterpriseName, CandidateFacts Facts);

/// <summary>An earlier entry of a worker in the same competition (a worker enters once, even after withdrawing).</summary>
public sealed record ExistingEntry(int WorkerId, int Bib, EntrantStatus Status);

/// <summary>The competition as registration needs it: its rules, its facts for the check, and whether entries are open.</summary>
public sealed record RegistrationContext(Competition Competition, CompetitionFactsForEntry Facts)
{
    public IReadOnlyList<string> Reasons(Candidate candidate) =>
        EligibilityCheck.Reasons(Competition.Eligibility, Facts, candidate.Facts);

    public void EnsureOpen()
    {
        if (!Competition.RegistrationOpen)
            throw new DomainException("registration.closed", "本赛已停止报名（只有草稿和报名中的竞赛可以报名）。");
    }
}

/// <summary>Reads what the directory says about candidates: occupation, current level, hire date and latest honour.</summary>
internal static class EntryFacts
{
    public static async Task<RegistrationContext> ContextAsync(this SkillsLadderDbContext db, int competitionId, CancellationToken ct)
    {
        var competition = await db.Competitions.SingleOrDefaultAsync(c => c.Id == competitionId, ct)
                          ?? throw new NotFoundException("Competition", competitionId);
        var rules = competition.Eligibility;
        var occupation = await db.Occupations.Where(o => o.Id == competition.OccupationId).Select(o => o.Name).SingleAsync(ct);
        var ranks = new[] { rules.MinimumLevelRank, rules.MaximumLevelRank }.OfType<int>().ToList();
        var names = await db.SkillLevels.Where(l => ranks.Contains(l.Rank)).ToDictionaryAsync(l => l.Rank, l => l.NameZh, ct);
        string? Name(int? rank) => rank is { } r ? names.GetValueOrDefault(r, $"第 {r} 级") : null;
        return new RegistrationContext(competition, new CompetitionFactsForEntry(competition.OccupationId, occupation,
            competition.StartsOn, Name(rules.MinimumLevelRank), Name(rules.MaximumLevelRank)));
    }

    public static async Task<Dictionary<int, Candidate>> CandidatesAsync(this SkillsLadderDbContext db,
        IQueryable<Domain.People.Worker> workers, CancellationToken ct)
    {
        var rows = await workers.AsNoTracking().Select(w => new
        {
            w.Id, w.FullName, w.NationalIdNumber, EnterpriseName = w.Enterprise!.Name, w.OccupationId,
            OccupationName = w.Occupation!.Name, LevelRank = (int?)w.CurrentSkillLevel!.Rank, LevelName = w.CurrentSkillLevel!.NameZh,
            w.HireDate,
        }).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        // Title grades by the level ↔ title table, for the MinimumTitleGrade rule (the table is a handful of rows).
        var titles = await db.TitleEquivalences.AsNoTracking().ToListAsync(ct);
        // The latest honour only: the cooling-off rule counts from the most recent conferral.
        var honours = (await db.WorkerHonours.AsNoTracking().Where(h => ids.Contains(h.WorkerId))
                .Select(h => new { h.WorkerId, h.ConferredOn, h.Title }).ToListAsync(ct))
            .GroupBy(h => h.WorkerId).ToDictionary(g => g.Key, g => g.MaxBy(h => h.ConferredOn)!);
        return rows.ToDictionary(r => r.Id, r =>
        {
            var honour = honours.GetValueOrDefault(r.Id);
            var title = Domain.Training.TitleEquivalence.For(r.LevelRank, titles);
            return new Candidate(r.Id, r.FullName, r.NationalIdNumber, r.EnterpriseName, new CandidateFacts(
                r.OccupationId, r.OccupationName, r.LevelRank, r.LevelName, r.HireDate, honour?.ConferredOn, honour?.Title,
                title?.Grade, title?.Title));
        });
    }

    public static Task<Dictionary<int, ExistingEntry>> ExistingEntriesAsync(this SkillsLadderDbContext db, int competitionId,
        IReadOnlyCollection<int> workerIds, CancellationToken ct) =>
        db.EntrantMembers.AsNoTracking()
            .Where(m => m.CompetitionId == competitionId && workerIds.Contains(m.WorkerId))
            .Join(db.Entrants, m => m.EntrantId, e => e.Id, (m, e) => new ExistingEntry(m.WorkerId, e.Bib, e.Status))
            .ToDictionaryAsync(x => x.WorkerId, ct);

    public static string Describe(this ExistingEntry entry, string fullName) => entry.Status == EntrantStatus.Withdrawn
        ? $"{fullName} 已报名本赛（参赛号 {entry.Bib}，已退赛）；退赛后不能再次报名。"
        : $"{fullName} 已报名本赛（参赛号 {entry.Bib}）。";

    /// <summary>The next bib after every number already given, so numbers are never reused (withdrawn ones included).</summary>
    public static async Task<int> NextBibAsync(this SkillsLadderDbContext db, int competitionId, CancellationToken ct) =>
        (await db.Entrants.Where(e => e.CompetitionId == competitionId).MaxAsync(e => (int?)e.Bib, ct) ?? 0) + 1;
}
