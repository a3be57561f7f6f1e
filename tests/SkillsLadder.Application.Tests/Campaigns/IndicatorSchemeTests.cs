using SkillsLadder.Application.Features.Campaigns;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Tests.Campaigns;

public sealed class IndicatorSchemeTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_broken_scheme_is_refused_with_every_problem_listed_and_nothing_saved(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var directory = await app.SeedDirectoryAsync();
        var w = await app.CreateCampaignAsync(directory, start: false);
        var good = IndicatorSchemeInput.From(CampaignData.FiveItemScheme());
        var broken = good with
        {
            Indicators =
            [
                good.Indicators[0] with { BasePoints = 100.125m },
                good.Indicators[1] with { Code = "S" },
                good.Indicators[2] with { Events = [new EventInput("AV", "安全事故", -5, true, 9)] },
                good.Indicators[3] with { WeightPercent = 0 },
            ],
        };

        var refused = await Should.ThrowAsync<RequestValidationException>(() =>
            app.SendAsync(new SaveIndicatorSchemeCommand { CampaignId = w.Id, LatestNumber = 1, Scheme = broken }));

        refused.Errors["Indicators[0].BasePoints"][0].ShouldContain("超过两位小数");
        var problems = string.Join(" ", refused.Errors["Indicators"]);
        problems.ShouldContain("编号“S”重复");
        problems.ShouldContain("否决事项“AV”不计分值");
        problems.ShouldContain("权重应在");
        (await app.SendAsync(new GetIndicatorSchemeQuery(w.Id))).Versions.Count.ShouldBe(1);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_new_version_starts_after_the_assessed_periods_and_a_stale_one_is_refused(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var directory = await app.SeedDirectoryAsync();
        var w = await app.CreateCampaignAsync(directory);
        await app.SendAsync(w.Save(1, 0, 0, [("S", "2")]));
        var view = await app.SendAsync(new GetIndicatorSchemeQuery(w.Id));
        view.FirstUnassessedPeriod.ShouldBe(2);
        var tighter = IndicatorSchemeInput.From(CampaignData.FiveItemScheme());
        tighter = tighter with { Indicators = [tighter.Indicators[0] with { BonusCap = 5 }, .. tighter.Indicators.Skip(1)] };

        var tooEarly = await Should.ThrowAsync<RequestValidationException>(() =>
            app.SendAsync(new SaveIndicatorSchemeCommand { CampaignId = w.Id, LatestNumber = 1, FromPeriod = 1, Scheme = tighter }));
        tooEarly.Errors["FromPeriod"][0].ShouldContain("最早从第 2 期生效");
        await Should.ThrowAsync<RequestValidationException>(() =>
            app.SendAsync(new SaveIndicatorSchemeCommand { CampaignId = w.Id, LatestNumber = 1, FromPeriod = 7, Scheme = tighter }));
        (await app.SendAsync(new SaveIndicatorSchemeCommand { CampaignId = w.Id, LatestNumber = 1, FromPeriod = 3, Scheme = tighter })).ShouldBe(2);
        var stale = await Should.ThrowAsync<ConflictException>(() =>
            app.SendAsync(new SaveIndicatorSchemeCommand { CampaignId = w.Id, LatestNumber = 1, FromPeriod = 4, Scheme = tighter }));
        stale.Code.ShouldBe("scheme.stale");

        var after = await app.SendAsync(new GetIndicatorSchemeQuery(w.Id));
        after.Versions.Select(v => (v.Number, v.FromPeriodNumber, v.AppliesTo.Count)).ShouldBe([(2, 3, 4), (1, 1, 2)]);
        after.Latest!.Scheme.Indicators[0].BonusCap.ShouldBe(5m);
        after.Versions[1].Scheme.ShouldBeEquivalentTo(IndicatorSchemeInput.From(CampaignData.FiveItemScheme()));
        (await app.SendAsync(new ListPeriodsQuery(w.Id))).Select(p => p.SchemeNumber).ShouldBe([1, 1, 2, 2, 2, 2]);
    }
}
