using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data.Identity;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Tests.Competitions;

public sealed class SchemeTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_scheme_is_versioned_copied_and_frozen_once_marking_starts(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var setup = await CompetitionSetup.CreateAsync(app);
        app.RunAs(AppRoles.Organizer);
        var d = setup.Directory;
        var next = await app.SendAsync(new CreateCompetitionCommand
        {
            Name = "2027年全市数控车工技能竞赛", OccupationId = d.OccupationId, Organizer = "市总工会", Venue = "实训基地",
            StartsOn = new DateOnly(2027, 9, 1), EndsOn = new DateOnly(2027, 9, 2), CopySchemeFromId = setup.CompetitionId,
        });
        var copied = await app.SendAsync(new GetSchemeQuery(next));
        copied.Version.ShouldBe(1);
        copied.Problems.ShouldBeEmpty();
        copied.Components.SelectMany(c => c.Criteria).SelectMany(k => k.Aspects).Select(a => (a.Code, a.Maximum, a.Kind))
            .ShouldBe([("T1", 100m, AspectKind.Measurement), ("A1", 40m, AspectKind.Measurement), ("A2", 20m, AspectKind.Measurement), ("B1", 40m, AspectKind.Judgement)]);

        var edited = SchemeInput.From(CompetitionData.StandardScheme()) is var s
            ? s with { Components = [s.Components[0] with { WeightPercent = 20 }, s.Components[1] with { WeightPercent = 80 }] } : null;
        (await app.SendAsync(new SaveSchemeCommand(next, 1, edited!))).ShouldBe(2);
        var stale = await Should.ThrowAsync<ConflictException>(() => app.SendAsync(new SaveSchemeCommand(next, 1, edited!)));
        stale.Message.ShouldContain("第 2 版");

        // The source competition has panels on its criteria and starts marking: its scheme is frozen.
        await app.SendAsync(new ChangeCompetitionStatusCommand(setup.CompetitionId, CompetitionStatus.Marking));
        var frozen = await Should.ThrowAsync<DomainException>(() => app.SendAsync(new CopySchemeCommand(setup.CompetitionId, next)));
        frozen.Code.ShouldBe("scheme.frozen");
        (await app.SendAsync(new GetSchemeQuery(setup.CompetitionId))).Components[0].WeightPercent.ShouldBe(30);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Bad_schemes_come_back_with_every_problem(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        var competition = await app.CreateCompetitionAsync(d.OccupationId, CompetitionStatus.Draft);
        app.RunAs(AppRoles.Organizer);
        var practical = new ComponentInput("实际操作", ComponentKind.Practical, 60,
        [
            new CriterionInput("A", "工件", [new AspectInput("A1", "尺寸", AspectKind.Measurement, 60.005m, AggregationRule.Mean, 1, 0.5m)]),
            new CriterionInput("B", "规范", [new AspectInput("B1", "安全", AspectKind.Judgement, 40, AggregationRule.Median, 1, 1, ["差", "", "好", "优"])]),
        ]);
        var precision = await Should.ThrowAsync<RequestValidationException>(() =>
            app.SendAsync(new SaveSchemeCommand(competition.Id, 1, new SchemeInput([practical]))));
        precision.Errors.Keys.ShouldContain("Components[0].Criteria[0].Aspects[0].Maximum");

        practical = practical with { Criteria = [practical.Criteria[0] with { Aspects = [practical.Criteria[0].Aspects[0] with { Maximum = 50 }] }, practical.Criteria[1]] };
        var problems = await Should.ThrowAsync<RequestValidationException>(() =>
            app.SendAsync(new SaveSchemeCommand(competition.Id, 1, new SchemeInput([practical]))));
        var messages = problems.Errors["Components"];
        messages.ShouldContain(m => m.Contains("60%"));          // weights sum to 60, not 100
        messages.ShouldContain(m => m.Contains("90.00"));        // aspect maxima sum to 90, not 100
        messages.ShouldContain(m => m.StartsWith("评分项 B1"));   // a judgement without all four descriptors
        (await app.SendAsync(new GetSchemeQuery(competition.Id))).Version.ShouldBe(1);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Judges_read_the_scheme_of_their_competition_only_and_cannot_change_it(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var setup = await CompetitionSetup.CreateAsync(app);
        var other = await app.CreateCompetitionAsync(setup.Directory.OccupationId);
        setup.AsJudge(1);
        (await app.SendAsync(new GetSchemeQuery(setup.CompetitionId))).Components.Count.ShouldBe(2);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new GetSchemeQuery(other.Id)));
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new CopySchemeCommand(setup.CompetitionId, other.Id)));
    }
}
