using SkillsLadder.Application.Features.Ladder;
using SkillsLadder.Domain.Ladder;

namespace SkillsLadder.Web.Pages.Ladder;

/// <summary>
/// Geometry of the ladder picture (SVG user units; the viewBox scales it to any screen): rungs from the lowest at the
/// bottom, tier bands beside them, the craftsman band above, and the next rung's progress bar. Colours are CSS classes.
/// </summary>
public sealed class LadderPicture
{
    public const int Width = 360;
    public const int RungX = 124;
    public const int RungWidth = 228;
    public const int RungHeight = 40;
    public const int BandX = 4;
    public const int BandWidth = 110;
    private const int Step = RungHeight + 10;
    private const int Top = 60;

    public LadderPicture(WorkerProgressView p)
    {
        var n = p.Rungs.Count;
        Height = Top + n * Step + 4;
        int Y(int rank) => Top + (n - rank) * Step;
        Rungs = p.Rungs.Select(r => new RungShape(r.Rank, r.NameZh, r.NameEn, Y(r.Rank),
            string.Join(' ', new[] { "rung", r.Rank <= (p.CurrentLevelRank ?? 0) ? "held" : "", r.Rank == p.CurrentLevelRank ? "current" : "",
                r.Rank == (p.CurrentLevelRank ?? 0) + 1 ? "next" : "" }.Where(c => c.Length > 0)),
            r.Rank == (p.CurrentLevelRank ?? 0) + 1 ? p.NextLevel?.ProgressPercent : null)).ToList();

        var bands = new List<BandShape> { new(TalentTier.Craftsman, 6, Top - 16, p.Tier == TalentTier.Craftsman) };
        if (n >= p.Tier2MinLevelRank)
            bands.Add(new(TalentTier.HighSkilledWorker, Y(n), Y(p.Tier2MinLevelRank) + RungHeight - Y(n), p.Tier == TalentTier.HighSkilledWorker));
        var tier1Top = Math.Min(n, p.Tier2MinLevelRank - 1);
        if (tier1Top >= p.Tier1MinLevelRank)
            bands.Add(new(TalentTier.SkilledWorker, Y(tier1Top), Y(p.Tier1MinLevelRank) + RungHeight - Y(tier1Top), p.Tier == TalentTier.SkilledWorker));
        Bands = bands;
    }

    public int Height { get; }
    public IReadOnlyList<RungShape> Rungs { get; }
    public IReadOnlyList<BandShape> Bands { get; }

    public sealed record RungShape(int Rank, string NameZh, string NameEn, int Y, string CssClass, int? ProgressPercent)
    {
        public int ProgressWidth => RungWidth * (ProgressPercent ?? 0) / 100;
    }

    public sealed record BandShape(TalentTier Tier, int Y, int Height, bool IsCurrent)
    {
        public string CssClass => $"band tier-{(int)Tier}{(IsCurrent ? " current" : "")}";
    }
}
