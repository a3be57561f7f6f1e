using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Testing;

/// <summary>Competitions for tests, built through the domain as the handlers build them.</summary>
public static class CompetitionData
{
    private static int _workerSerial;

    public static readonly string[] Descriptors = ["低于行业标准", "达到行业标准", "部分超过行业标准", "优秀"];

    /// <summary>
    /// Theory 30% (one exam aspect out of 100); practical 70%: A1 measurement /40 step 0.5, A2 measurement /20
    /// all-or-nothing (step 20), B1 judgement /40 by trimmed mean with an allowed gap of 1.
    /// </summary>
    public static SchemeDefinition StandardScheme() => new(
    [
        new ComponentSpec("理论知识", ComponentKind.Theory, 30,
            [new CriterionSpec("T", "理论考试", [Measurement("T1", "理论考试成绩", 100, 0.01m)])]),
        new ComponentSpec("实际操作", ComponentKind.Practical, 70,
        [
            new CriterionSpec("A", "工件质量", [Measurement("A1", "尺寸精度", 40, 0.5m), Measurement("A2", "表面无缺陷", 20, 20)]),
            new CriterionSpec("B", "操作规范", [Judgement("B1", "安全文明操作", 40, AggregationRule.TrimmedMean, 1)]),
        ]),
    ]);

    public static AspectSpec Measurement(string code, string description, decimal maximum, decimal step, decimal allowedGap = 5) =>
        new(code, description, AspectKind.Measurement, Mark.Round(maximum), AggregationRule.Mean, Mark.Round(allowedGap), Mark.Round(step));

    public static AspectSpec Judgement(string code, string description, decimal maximum, AggregationRule rule, decimal allowedGap) =>
        new(code, description, AspectKind.Judgement, Mark.Round(maximum), rule, Mark.Round(allowedGap), new Mark(100), Descriptors);

    public static CompetitionDetails Details(int occupationId, string name = "2026年全市数控车工技能竞赛", int teamSize = 1,
        EligibilityRules? eligibility = null) =>
        new(name, CompetitionLevel.City, CompetitionClass.Unclassified, occupationId, null, "技能强市", "市总工会",
            new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 3), "市职业技能实训基地", teamSize, eligibility ?? EligibilityRules.None);

    /// <summary>A competition with the standard scheme, moved on to <paramref name="status"/> (Draft or Registration).</summary>
    public static async Task<Competition> CreateCompetitionAsync(this TestApp app, int occupationId,
        CompetitionStatus status = CompetitionStatus.Registration, EligibilityRules? eligibility = null, int teamSize = 1)
    {
        var competition = new Competition(Details(occupationId, teamSize: teamSize, eligibility: eligibility), "test-organizer", app.Clock.GetUtcNow().UtcDateTime);
        competition.ReplaceScheme(StandardScheme());
        if (status >= CompetitionStatus.Registration)
            competition.MoveTo(CompetitionStatus.Registration, new CompetitionFacts(true, 0, 0, 0, false), "test-organizer", app.Clock.GetUtcNow().UtcDateTime);
        await app.InsertAsync(competition);
        return competition;
    }

    /// <summary>Workers of the directory's enterprise and occupation, with distinct ID numbers and the given names.</summary>
    public static async Task<IReadOnlyList<Worker>> CreateWorkersAsync(this TestApp app, TestData.Directory directory, params string[] names)
    {
        var workers = names.Select(name => (name, serial: Interlocked.Increment(ref _workerSerial))).Select(x => new Worker(x.name,
            TestData.IdNumber(new DateOnly(1980, 1, 1).AddDays(x.serial), 100 + x.serial % 800),
            directory.EnterpriseId, directory.OccupationId, new DateOnly(2015, 3, 1), true)).ToList();
        await app.InsertAsync(workers.Cast<object>().ToArray());
        return workers;
    }
}
