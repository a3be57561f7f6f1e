using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Domain.Tests.Labour;

/// <summary>DOMAIN.md §4's example, five items × 100 points, with the civilised-construction item at half weight.</summary>
internal static class LabourSchemes
{
    public static Mark M(decimal value) => Mark.Round(value);

    public static IndicatorSchemeDefinition SixComparisons() => new(
    [
        new("S", "进度", IndicatorCategory.Schedule, 100, M(100),
            new MeasureSpec("天", M(0), MeasureDirection.HigherIsBetter, M(1), M(1), M(-60), M(60)), BonusCap: M(10), DeductionCap: null, []),
        new("Q", "质量", IndicatorCategory.Quality, 100, M(100), null, null, null,
            [new("Q1", "整改通知单", M(-1), false, 99), new("QV", "质量事故", M(0), true, 9)]),
        new("A", "安全", IndicatorCategory.Safety, 100, M(100), null, null, DeductionCap: M(30),
            [new("A1", "安全违章", M(-5), false, 99), new("AV", "安全事故", M(0), true, 9)]),
        new("I", "创新", IndicatorCategory.Innovation, 100, M(100), null, BonusCap: M(6), null,
            [new("I1", "合理化建议采纳", M(2), false, 99)]),
        new("C", "文明施工", IndicatorCategory.CivilisedConstruction, 50, M(100), null, null, null,
            [new("C1", "文明施工扣分", M(-1), false, 99)]),
    ]);

    public static AssessmentInput Input(decimal? daysAhead = null, params (string Code, int Count)[] counts) => new(
        daysAhead is { } d ? new Dictionary<string, Mark> { ["S"] = M(d) } : new Dictionary<string, Mark>(),
        counts.ToDictionary(c => c.Code, c => c.Count));
}
