using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Competitions;

/// <summary>
/// A skill competition: its particulars, its lifecycle with every step recorded, its eligibility rules and its
/// marking scheme. The scheme may be replaced (each replacement is a new version) until marking starts.
/// </summary>
public sealed class Competition : IVersioned
{
    public const int NameMaxLength = 100;
    public const int TextMaxLength = 200;
    public const int MaximumTeamSize = 10;

    private readonly List<CompetitionStatusChange> _history = [];
    private readonly List<MarkingComponent> _components = [];

    private Competition() { }

    public Competition(CompetitionDetails details, string createdBy, DateTime createdAt)
    {
        Update(details);
        Status = CompetitionStatus.Draft;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = null!;
    public CompetitionLevel Level { get; private set; }
    public CompetitionClass Class { get; private set; }
    public int OccupationId { get; private set; }
    public int? IndustryId { get; private set; }
    public string? Theme { get; private set; }
    public string Organizer { get; private set; } = null!;
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public string Venue { get; private set; } = null!;
    /// <summary>1 for individual contests; otherwise every entrant is a team of exactly this many workers.</summary>
    public int TeamSize { get; private set; }
    public EligibilityRules Eligibility { get; private set; } = EligibilityRules.None;
    public Ranking.RankingRules RankingRules { get; private set; } = Ranking.RankingRules.Default;
    public CompetitionStatus Status { get; private set; }
    public int SchemeVersion { get; private set; }
    public string CreatedBy { get; private set; } = null!;
    public DateTime CreatedAt { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyCollection<CompetitionStatusChange> History => _history;
    public IReadOnlyCollection<MarkingComponent> Components => _components;
    public bool SchemeFrozen => CompetitionLifecycle.SchemeFrozen(Status);
    public bool RegistrationOpen => Status is CompetitionStatus.Draft or CompetitionStatus.Registration;

    /// <summary>Particulars may change until marking starts; the team size only while nobody is registered (handler checks).</summary>
    public void Update(CompetitionDetails details)
    {
        if (Id != 0 && SchemeFrozen)
            throw new DomainException("competition.frozen", "评分开始后不能再修改竞赛基本信息。");
        if (details.EndsOn < details.StartsOn)
            throw new DomainException("competition.dates", "结束日期不能早于开始日期。", nameof(EndsOn));
        if (details.TeamSize is < 1 or > MaximumTeamSize)
            throw new DomainException("competition.team_size", $"每队人数应在 1–{MaximumTeamSize} 之间（1 为个人赛）。", nameof(TeamSize));
        if (details.Class != CompetitionClass.Unclassified && details.Level != CompetitionLevel.National)
            throw new DomainException("competition.class", "一类、二类竞赛仅适用于国家级竞赛。", nameof(Class));
        if (details.Eligibility.Problem() is { } problem)
            throw new DomainException("competition.eligibility", problem, nameof(Eligibility));
        Name = Guard.Text(details.Name, nameof(Name), NameMaxLength, minLength: 2);
        Level = details.Level;
        Class = details.Class;
        OccupationId = details.OccupationId;
        IndustryId = details.IndustryId;
        Theme = Guard.OptionalText(details.Theme, nameof(Theme), TextMaxLength);
        Organizer = Guard.Text(details.Organizer, nameof(Organizer), NameMaxLength);
        StartsOn = details.StartsOn;
        EndsOn = details.EndsOn;
        Venue = Guard.Text(details.Venue, nameof(Venue), TextMaxLength);
        TeamSize = details.TeamSize;
        Eligibility = details.Eligibility;
    }

    /// <summary>Replaces the whole scheme with a new version; refused once marking has started or when it has problems.</summary>
    public void ReplaceScheme(SchemeDefinition scheme)
    {
        if (SchemeFrozen)
            throw new DomainException("scheme.frozen", $"评分已开始（第 {SchemeVersion} 版方案已冻结），不能再修改评分方案。");
        if (scheme.Problems() is { Count: > 0 } problems)
            throw new DomainException("scheme.invalid", string.Join(" ", problems));
        _components.Clear();
        _components.AddRange(scheme.Components.Select((c, i) => new MarkingComponent(i + 1, c)));
        SchemeVersion++;
    }

    /// <summary>Ranking rules may change until the standings are finalised (the ranking issue checks the snapshot state).</summary>
    public void SetRankingRules(Ranking.RankingRules rules)
    {
        if (Status >= CompetitionStatus.Published)
            throw new DomainException("ranking.rules_frozen", "成绩已发布，不能再修改排名规则。");
        RankingRules = rules.Checked();
    }

    public SchemeDefinition SchemeDefinition() =>
        new(_components.OrderBy(c => c.Position).Select(c => c.ToSpec()).ToList());

    public bool SchemeComplete => _components.Count > 0 && SchemeDefinition().Problems().Count == 0;

    public CompetitionStatusChange MoveTo(CompetitionStatus to, CompetitionFacts facts, string by, DateTime at, string? reason = null)
    {
        var change = CompetitionLifecycle.Apply(Status, to, facts, by, at, reason);
        _history.Add(change);
        Status = to;
        return change;
    }
}

/// <summary>The particulars an organizer fills in, as one value so create and edit share their checks.</summary>
public sealed record CompetitionDetails(
    string Name, CompetitionLevel Level, CompetitionClass Class, int OccupationId, int? IndustryId, string? Theme,
    string Organizer, DateOnly StartsOn, DateOnly EndsOn, string Venue, int TeamSize, EligibilityRules Eligibility);
