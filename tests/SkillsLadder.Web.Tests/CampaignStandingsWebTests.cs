using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkillsLadder.Application.Common.Tables;
using SkillsLadder.Application.Features.CampaignStandings;
using SkillsLadder.Domain.Honours;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Web.Tests;

/// <summary>
/// Campaign standings over HTTP on the hand-worked campaign (<see cref="CampaignStandingsData"/>): the organizer pages,
/// the export, the public board (no organizer links, 404 for a draft), and the year-end proposal from its page through
/// to the public notice, where the unit is named instead of its leader.
/// </summary>
public sealed class CampaignStandingsWebTests(WebApp app) : IClassFixture<WebApp>
{
    /// <summary>The campaign, ranked as its job would rank it (jobs are off in this host).</summary>
    private async Task<CampaignStandingsData.Built> RankedAsync(bool finish = false)
    {
        var built = await app.WithDbAsync(db => CampaignStandingsData.CreateAsync(db, app.EnterpriseId, app.OccupationId, finish));
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RecomputeCampaignStandingsCommand(built.CampaignId));
        return built;
    }

    [Fact]
    public async Task Organizers_see_standings_per_period_and_cumulative_the_banner_and_the_export()
    {
        var campaign = await RankedAsync();
        var id = campaign.CampaignId;
        var organizer = await app.BrowserAsAsync(AppRoles.Organizer);

        var cumulative = await organizer.GetStringAsync($"/Campaigns/Standings/{id}");
        cumulative.ShouldContain("202.20");
        cumulative.ShouldContain("2026年2月 0.00（否决） = 103.00。"); // "+" comes HTML-encoded
        cumulative.ShouldNotContain("data-testid=\"provisional\"");
        var open = await organizer.GetStringAsync($"/Campaigns/Standings/{id}?periodId={campaign.PeriodIds[2]}");
        open.ShouldContain("data-testid=\"provisional\"");
        open.ShouldContain("101.00");
        var banners = await organizer.GetStringAsync($"/Campaigns/Banners/{id}");
        banners.ShouldContain("现持旗单位（2026年2月）");
        banners.ShouldContain("<strong>一班组</strong>");
        (await organizer.GetStringAsync($"/Campaigns/Awards/{id}")).ShouldContain("data-testid=\"not-closed\"");

        var api = await app.ClientAsAsync(AppRoles.Organizer);
        var standings = await api.GetFromJsonAsync<JsonElement>($"/api/campaigns/{id}/standings?periodId={campaign.PeriodIds[1]}");
        standings.GetProperty("units")[2].GetProperty("vetoes").GetInt32().ShouldBe(1);
        standings.GetProperty("units")[0].GetProperty("holdsBanner").GetBoolean().ShouldBeTrue();
        var file = await api.GetAsync($"/api/campaigns/{id}/standings.xlsx");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        var table = TabularFile.Read(await file.Content.ReadAsStreamAsync(), "standings.xlsx");
        table.Headers.ShouldBe(ExportCampaignStandingsHandler.Headers);
        var top = table.Rows[0];
        (top.Get("考核期"), top.Get("类别"), top.Get("名次"), top.Get("名称"), decimal.Parse(top.Get("得分"), System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(("累计（已锁定考核期）", "集体", "1", "一班组", 202.20m));
    }

    [Fact]
    public async Task The_public_board_shows_standings_and_the_banner_without_organizer_links_and_a_draft_is_not_found()
    {
        var campaign = await RankedAsync();
        var anonymous = app.CreateClient();

        var board = await anonymous.GetAsync($"/Campaigns/Board/{campaign.CampaignId}");
        board.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await board.Content.ReadAsStringAsync();
        html.ShouldContain("data-testid=\"current-banner\"");
        html.ShouldContain("202.20");
        // Public columns only: no explanations, and no way into the organizer pages.
        html.ShouldNotContain("计分说明");
        html.ShouldNotContain("href=\"/Campaigns/");
        html.ShouldNotContain("一票否决（安全事故）");
        var json = await anonymous.GetFromJsonAsync<JsonElement>($"/api/public/campaigns/{campaign.CampaignId}/board");
        json.GetProperty("banner").GetProperty("holders")[0].GetProperty("name").GetString().ShouldBe("一班组");
        json.GetProperty("units")[0].TryGetProperty("explanation", out _).ShouldBeFalse();

        var draft = await app.WithDbAsync(async db =>
        {
            var c = new Campaign("筹备中的竞赛", CampaignKind.CentralTask, "中心任务", "市总工会", new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30),
                PeriodCadence.Quarterly, DateTime.UtcNow);
            db.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });
        (await anonymous.GetAsync($"/Campaigns/Board/{draft}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/api/public/campaigns/{draft}/board")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_awards_page_proposes_once_and_the_public_notice_names_the_unit_not_its_leader()
    {
        var campaign = await RankedAsync(finish: true);
        var url = $"/Campaigns/Awards/{campaign.CampaignId}";
        var organizer = await app.BrowserAsAsync(AppRoles.Organizer);

        var first = await (await organizer.PostFormAsync($"{url}?handler=Propose", new Dictionary<string, string>())).Content.ReadAsStringAsync();
        var again = await (await organizer.PostFormAsync($"{url}?handler=Propose", new Dictionary<string, string>())).Content.ReadAsStringAsync();

        first.ShouldContain("已生成 2 条推荐，1 个未能推荐。");
        first.ShouldContain("data-testid=\"proposal\"");
        again.ShouldContain("年终评先推荐已经生成过（2 条），没有新增。");
        var collective = await app.WithDbAsync(db => db.Nominations.SingleAsync(n => n.CampaignId == campaign.CampaignId && n.Kind == NominationKind.CollectiveHonour));
        first.ShouldContain($"href=\"/Honours/Nominations/{collective.Id}\"");
        (await organizer.GetStringAsync($"/Honours/Nominations/{collective.Id}")).ShouldContain("data-testid=\"collective\">一班组<");

        // On notice (review steps are the honours tests' business): the public notice names 一班组, not 陈一刚.
        await app.WithDbAsync(async db =>
        {
            var n = await db.Nominations.Include(x => x.Steps).SingleAsync(x => x.Id == collective.Id);
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var by = new Signature("1", "审核人");
            n.Assign("1", "审核人", by, DateTime.UtcNow);
            n.Approve(by, "同意", DateTime.UtcNow, new NoticeWindow(today.AddDays(-2), today.AddDays(5)));
            return await db.SaveChangesAsync();
        });
        var notices = await app.CreateClient().GetStringAsync("/Notices");
        notices.ShouldContain("<h2>一班组 · 先进集体</h2>");
        notices.ShouldContain("城东快速路劳动竞赛：累计第 1 名（303.20 分）");
        notices.ShouldNotContain("陈一刚");
    }
}
