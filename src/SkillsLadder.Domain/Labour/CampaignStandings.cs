namespace SkillsLadder.Domain.Labour;

/// <summary>
/// A complete, numbered result of one campaign ranking run, written whole in one transaction by the ranking job:
/// every period's standings, the banner holders and the cumulative standings. A run whose input hash equals the
/// newest snapshot's writes nothing.
/// </summary>
public sealed class CampaignStandingsSnapshot
{
    public const int HashLength = 64;
    private readonly List<CampaignStandingsRow> _rows = [];
    private CampaignStandingsSnapshot() { }

    public CampaignStandingsSnapshot(int campaignId, int number, string inputHash, DateTime computedAt, long demandUpTo, IEnumerable<CampaignStanding> standings)
    {
        (CampaignId, Number, InputHash, ComputedAt, DemandUpTo) = (campaignId, number, inputHash, computedAt, demandUpTo);
        _rows.AddRange(standings.Select(s => new CampaignStandingsRow(s)));
    }

    public int Id { get; private set; }
    public int CampaignId { get; private set; }
    public int Number { get; private set; }
    public string InputHash { get; private set; } = null!;
    public DateTime ComputedAt { get; private set; }
    /// <summary>The highest demand id this run saw: demands up to it are settled.</summary>
    public long DemandUpTo { get; private set; }
    public IReadOnlyCollection<CampaignStandingsRow> Rows => _rows;
}

public sealed class CampaignStandingsRow
{
    public const int ExplanationMaxLength = 4000;
    private CampaignStandingsRow() { }

    internal CampaignStandingsRow(CampaignStanding s)
    {
        (PeriodId, ParticipantId, Kind, Total, Deductions, Vetoes, Rank, HoldsBanner, Provisional) =
            (s.PeriodId, s.ParticipantId, s.Kind, s.Total.Hundredths, s.Deductions.Hundredths, s.Vetoes, s.Rank, s.HoldsBanner, s.Provisional);
        Explanation = s.Explanation.Length > ExplanationMaxLength ? s.Explanation[..(ExplanationMaxLength - 1)] + "…" : s.Explanation;
    }

    public long Id { get; private set; }
    public int SnapshotId { get; private set; }
    /// <summary>Null on a cumulative row.</summary>
    public int? PeriodId { get; private set; }
    public int ParticipantId { get; private set; }
    public ParticipantKind Kind { get; private set; }
    public int Total { get; private set; }
    public int Deductions { get; private set; }
    public int Vetoes { get; private set; }
    public int Rank { get; private set; }
    public bool HoldsBanner { get; private set; }
    public bool Provisional { get; private set; }
    public string Explanation { get; private set; } = null!;
}

/// <summary>Appended with every change that can move a campaign's standings, in the same transaction (see the data layer).</summary>
public sealed class CampaignStandingsDemand
{
    private CampaignStandingsDemand() { }
    public CampaignStandingsDemand(int campaignId, DateTime requestedAt) => (CampaignId, RequestedAt) = (campaignId, requestedAt);
    public long Id { get; private set; }
    public int CampaignId { get; private set; }
    public DateTime RequestedAt { get; private set; }
}
