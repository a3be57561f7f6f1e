using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.DemoCity;

/// <summary>
/// Last year's city CNC-turning contest, with a WorldSkills-style marking scheme, so that an organizer trying the demo
/// can start this year's contest from a copied scheme, as organizers really do.
/// </summary>
public static class DemoCompetitions
{
    public const string PastContestName = "2025年全市数控车工职业技能竞赛";
    private static readonly string[] Descriptors = ["低于行业标准", "达到行业标准", "部分超过行业标准", "优秀，行业标杆水平"];

    public static async Task SeedAsync(SkillsLadderDbContext db, DateTime now, CancellationToken ct)
    {
        if (await db.Competitions.AnyAsync(ct)) return;
        var occupation = await db.Occupations.Where(o => o.Code == "6-18-01-07").Select(o => (int?)o.Id).SingleOrDefaultAsync(ct)
                         ?? await db.Occupations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync(ct);
        var details = new CompetitionDetails(PastContestName, CompetitionLevel.City, CompetitionClass.Unclassified, occupation, null,
            "弘扬工匠精神，建设技能强市", "市总工会、市人力资源和社会保障局", new DateOnly(2025, 10, 15), new DateOnly(2025, 10, 16),
            "市高技能人才公共实训基地", 1, new EligibilityRules(OccupationMustMatch: true, MinimumYearsInPost: 2));
        var competition = new Competition(details, "demo", now);
        competition.ReplaceScheme(Scheme());
        competition.MoveTo(CompetitionStatus.Registration, new CompetitionFacts(competition.SchemeComplete, 0, 0, 0, false), "demo", now);
        db.Competitions.Add(competition);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Theory 30 / practical 70 (DOMAIN.md §2); practical measured on the workpiece and judged on process and safety.</summary>
    public static SchemeDefinition Scheme() => new(
    [
        new ComponentSpec("理论知识", ComponentKind.Theory, 30,
            [new CriterionSpec("T", "理论知识考试", [Measure("T1", "理论考试成绩（百分制）", 100, 0.01m, 0)])]),
        new ComponentSpec("实际操作", ComponentKind.Practical, 70,
        [
            new CriterionSpec("A", "工件尺寸精度",
            [
                Measure("A1", "外圆 Ø40±0.02 等 6 处直径尺寸", 30, 0.5m, 3),
                Measure("A2", "长度与台阶尺寸 4 处", 15, 0.5m, 2),
                Measure("A3", "M24×1.5 螺纹通止规检验（合格得满分）", 10, 10, 0),
            ]),
            new CriterionSpec("B", "表面质量与形位公差",
            [
                Measure("B1", "表面粗糙度 Ra1.6 各处", 10, 1, 2),
                Measure("B2", "同轴度、圆柱度", 10, 1, 2),
            ]),
            new CriterionSpec("C", "工艺与安全文明生产",
            [
                Judge("C1", "加工工艺合理性与程序编制", 15),
                Judge("C2", "安全文明生产、设备维护与现场整理", 10),
            ]),
        ]),
    ]);

    private static AspectSpec Measure(string code, string text, decimal max, decimal step, decimal gap) =>
        new(code, text, AspectKind.Measurement, Mark.Round(max), AggregationRule.Mean, Mark.Round(gap), Mark.Round(step));

    private static AspectSpec Judge(string code, string text, decimal max) =>
        new(code, text, AspectKind.Judgement, Mark.Round(max), AggregationRule.TrimmedMean, new Mark(100), new Mark(100), Descriptors);
}
