using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Ranking;

public enum Standardisation
{
    None = 0,
    /// <summary>WorldSkills-style: the median maps to the centre (700), robust spread (1.4826·MAD) to the spread points.</summary>
    Median700 = 1,
}

/// <summary>What decides between equal totals, in the competition's order (DOMAIN.md §2 default: practical, time, theory).</summary>
public enum TieBreak
{
    Practical = 1,
    /// <summary>Less time used wins; an entrant without a recorded time loses to one with a time.</summary>
    Time = 2,
    Theory = 3,
}

public enum PrizeMode
{
    /// <summary>First/second/third prize counts are percentages of the ranked entrants (default 10/20/30).</summary>
    Proportion = 1,
    /// <summary>First/second/third prize counts are head counts.</summary>
    Count = 2,
}

/// <summary>
/// A competition's ranking rules (DOMAIN.md configurable rules 5–8), stored with the competition. Defaults: no
/// standardisation, tie-breaks practical → time → theory with shared places, prizes 10/20/30 %, medals for the top three,
/// a medallion from 700 (standardised) and no honour or promotion proposals.
/// </summary>
public sealed record RankingRules(
    Standardisation Standardisation = Standardisation.None,
    int StandardCentre = 700,
    int StandardSpread = 30,
    string TieBreaks = "Practical,Time,Theory",
    bool StrictOrder = false,
    PrizeMode PrizeMode = PrizeMode.Proportion,
    int FirstPrizes = 10,
    int SecondPrizes = 20,
    int ThirdPrizes = 30,
    bool MedalsForTopThree = true,
    int? MedallionFrom = 700,
    int? HonourTopN = null,
    string? HonourTitle = null,
    int? PromotionTopN = null,
    int? PromotionCapLevelRank = null)
{
    public static readonly RankingRules Default = new();

    public IReadOnlyList<TieBreak> TieBreakChain =>
        TieBreaks.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Enum.Parse<TieBreak>).ToList();

    public string? Problem()
    {
        var names = TieBreaks.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Any(n => !Enum.TryParse<TieBreak>(n, out _)) || names.Distinct().Count() != names.Length)
            return "决胜规则只能由“实操、用时、理论”组成，且不能重复。";
        if (StandardSpread is < 1 or > 500 || StandardCentre is < 1 or > 10_000) return "标准分中心值或离散度超出范围。";
        if (new[] { FirstPrizes, SecondPrizes, ThirdPrizes }.Any(n => n < 0)) return "奖项名额不能为负。";
        if (PrizeMode == PrizeMode.Proportion && FirstPrizes + SecondPrizes + ThirdPrizes > 100) return "一、二、三等奖比例之和不能超过 100%。";
        if (HonourTopN is < 1 || PromotionTopN is < 1) return "前 N 名应至少为 1。";
        if (HonourTopN is not null && string.IsNullOrWhiteSpace(HonourTitle)) return "设置了授予称号的名次，请填写称号名称。";
        return null;
    }

    public RankingRules Checked() =>
        Problem() is { } problem ? throw new DomainException("ranking.rules", problem, nameof(RankingRules)) : this;
}
