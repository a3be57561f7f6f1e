using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.People;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Ladder;

/// <summary>
/// Where a worker stands on the ladder and what is left: <see cref="LadderEvaluator"/> on the facts and the policy in
/// force today, each requirement rendered in both languages, plus expiring honours, unread messages and the timeline.
/// Visible exactly as the worker's record is.
/// </summary>
public sealed record GetWorkerProgressQuery(int WorkerId) : IRequest<WorkerProgressView>;

public sealed record WorkerProgressView
{
    public int WorkerId { get; init; }
    public string FullName { get; init; } = "";
    public string EnterpriseName { get; init; } = "";
    public string OccupationName { get; init; } = "";
    public int PolicyNumber { get; init; }
    public int Tier1MinLevelRank { get; init; }
    public int Tier2MinLevelRank { get; init; }
    /// <summary>Every rung of the ladder, lowest first, for the picture.</summary>
    public IReadOnlyList<Rung> Rungs { get; init; } = [];
    public int? CurrentLevelRank { get; init; }
    public string? CurrentLevelNameZh { get; init; }
    public string? CurrentLevelNameEn { get; init; }
    public DateOnly? CurrentLevelSince { get; init; }
    public TalentTier Tier { get; init; }
    public string TierNameZh { get; init; } = "";
    public string TierNameEn { get; init; } = "";
    public StepView? NextLevel { get; init; }
    public StepView? NextTier { get; init; }
    public IReadOnlyList<ExpiringHonour> ExpiringHonours { get; init; } = [];
    public IReadOnlyList<MessageView> UnreadMessages { get; init; } = [];
    public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];
    /// <summary>The professional title the worker's level is treated as (职称比照), from the configurable table; null below it.</summary>
    public string? TitleEquivalent { get; init; }
    public TitleGrade? TitleGrade { get; init; }
}

public sealed record Rung(int Rank, string NameZh, string NameEn, TalentTier Tier);

/// <summary>The next level or tier; <see cref="ProgressPercent"/> is the best route's share of its requirements met (years pro rata).</summary>
public sealed record StepView(int? LevelRank, TalentTier? Tier, string NameZh, string NameEn, bool IsMet, bool ByAppointmentOnly,
    DateOnly? QualifiesOn, int ProgressPercent, IReadOnlyList<RouteView> Routes);

public sealed record RouteView(bool IsMet, DateOnly? MetOn, bool IsExemption, IReadOnlyList<RequirementView> Requirements);

public sealed record RequirementView(RequirementKind Kind, bool IsMet, int Current, int Target, DateOnly? MetOn, string TextZh, string TextEn);

public sealed record ExpiringHonour(string Title, DateOnly ExpiresOn, int DaysLeft);

public sealed record MessageView(long Id, WorkerMessageKind Kind, string Text, DateTime CreatedAt);

public sealed class GetWorkerProgressHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock, LadderReference ladder)
    : IRequestHandler<GetWorkerProgressQuery, WorkerProgressView>
{
    public async Task<WorkerProgressView> Handle(GetWorkerProgressQuery request, CancellationToken cancellationToken)
    {
        var worker = await db.Workers.AsNoTracking().Where(w => w.Id == request.WorkerId)
            .Select(w => new { w.Id, w.FullName, w.EnterpriseId, Enterprise = w.Enterprise!.Name, Occupation = w.Occupation!.Name })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Worker", request.WorkerId);
        user.EnsureCanReadWorker(worker.Id, worker.EnterpriseId);

        var today = clock.Today();
        var reference = await ladder.GetAsync(db, cancellationToken);
        var (policy, levels, names) = (reference.PolicyInForce(today), reference.Levels, reference.Names);
        var facts = (await db.ReadFactsAsync([worker.Id], cancellationToken))[worker.Id];
        var progress = LadderEvaluator.Evaluate(facts, policy, reference.TopLevelRank, today);
        var current = progress.CurrentLevelRank is { } rank ? names.Of(rank) : default;
        var title = TitleEquivalence.For(progress.CurrentLevelRank, reference.Titles);

        return new WorkerProgressView
        {
            WorkerId = worker.Id, FullName = worker.FullName, EnterpriseName = worker.Enterprise, OccupationName = worker.Occupation,
            PolicyNumber = policy.Number, Tier1MinLevelRank = policy.Tier1MinLevelRank, Tier2MinLevelRank = policy.Tier2MinLevelRank,
            Rungs = levels.Select(l => new Rung(l.Rank, l.NameZh, l.NameEn, policy.TierFor(l.Rank, false))).ToList(),
            CurrentLevelRank = progress.CurrentLevelRank, CurrentLevelNameZh = current.Zh, CurrentLevelNameEn = current.En,
            CurrentLevelSince = progress.CurrentLevelSince, TitleEquivalent = title?.Title, TitleGrade = title?.Grade,
            Tier = progress.Tier, TierNameZh = TierNames.Zh(progress.Tier), TierNameEn = TierNames.En(progress.Tier),
            NextLevel = progress.NextLevel is { } next ? Step(next, policy.RoutesTo(next.LevelRank!.Value, facts.OccupationId), names) : null,
            NextTier = progress.NextTier is { } tier ? Step(tier, [], names) : null,
            ExpiringHonours = progress.ExpiringHonours
                .Select(h => new ExpiringHonour(h.Title, h.ExpiresOn!.Value, h.ExpiresOn.Value.DayNumber - today.DayNumber)).ToList(),
            UnreadMessages = await db.WorkerMessages.AsNoTracking().Where(m => m.WorkerId == worker.Id && m.ReadAt == null)
                .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
                .Select(m => new MessageView(m.Id, m.Kind, m.Text, m.CreatedAt)).ToListAsync(cancellationToken),
            Timeline = await WorkerTimeline.ReadAsync(db, worker.Id, names, facts, cancellationToken),
        };
    }

    /// <summary>The evaluator lists a level's routes in the order <see cref="LadderPolicy.RoutesTo"/> gives them, so they pair by index.</summary>
    private static StepView Step(NextStep step, IReadOnlyList<LevelRoute> routes, LevelNames names)
    {
        var (zh, en) = step.LevelRank is { } rank ? names.Of(rank) : (TierNames.Zh(step.Tier!.Value), TierNames.En(step.Tier!.Value));
        var views = step.Routes.Select((r, i) =>
        {
            var route = i < routes.Count ? routes[i] : null;
            return new RouteView(r.IsMet, r.MetOn, route?.IsExemption ?? false, r.Requirements.Select(q =>
            {
                var (textZh, textEn) = LadderText.Requirement(q, route, names);
                return new RequirementView(q.Kind, q.IsMet, q.Current, q.Target, q.MetOn, textZh, textEn);
            }).ToList());
        }).ToList();
        var percent = step.Routes.Count == 0 ? 0 : step.Routes.Max(Share);
        return new StepView(step.LevelRank, step.Tier, zh, en, step.IsMet, step.ByAppointmentOnly, step.QualifiesOn, percent, views);
    }

    /// <summary>Years, innovations, training hours and apprentices count pro rata (2 of 3 entries is two thirds of the way); the rest is met or not.</summary>
    private static int Share(RouteProgress route) => route.Requirements.Count == 0 ? 0 : (int)route.Requirements.Average(q =>
        q.IsMet ? 100 : q.Kind is RequirementKind.YearsAtPreviousLevel or RequirementKind.YearsInOccupation or RequirementKind.InnovationsAccepted
                        or RequirementKind.TrainingHours or RequirementKind.ApprenticesMentored && q.Target > 0
            ? Math.Min(99, q.Current * 100 / q.Target) : 0);
}
