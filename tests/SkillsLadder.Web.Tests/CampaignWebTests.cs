using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Domain.Labour;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Web.Tests;

public sealed class CampaignWebTests(WebApp app) : IClassFixture<WebApp>
{
    private static int _serial = 500;

    /// <summary>A running campaign (three crews, six months, the five-item scheme) stored directly, with its ids.</summary>
    private async Task<(int Id, int Period, int Crew)> CampaignAsync()
    {
        return await app.WithDbAsync(async db =>
        {
            var leaders = Enumerable.Range(0, 3).Select(i => new Worker($"班长{i}", TestData.IdNumber(new DateOnly(1985, 5, 5), Interlocked.Increment(ref _serial)),
                app.EnterpriseId, app.OccupationId, new DateOnly(2010, 1, 1), true)).ToList();
            db.AddRange(leaders);
            await db.SaveChangesAsync();
            var campaign = CampaignData.NewCampaign(app.EnterpriseId, leaders.Select(l => l.Id).ToList());
            db.Add(campaign);
            await db.SaveChangesAsync();
            return (campaign.Id, campaign.Periods.Single(p => p.Number == 1).Id, campaign.Participants.OrderBy(p => p.Id).First().Id);
        });
    }

    private static object Body(int version, string days, string notices = "0") =>
        new { version, values = new[] { new { indicatorCode = "S", value = days } }, counts = new[] { new { eventCode = "Q1", count = notices } } };

    [Fact]
    public async Task Every_campaign_page_renders_for_an_organizer()
    {
        var (id, period, crew) = await CampaignAsync();
        var browser = await app.BrowserAsAsync(AppRoles.Organizer);

        foreach (var (url, text) in new[]
                 {
                     ("/Campaigns", "地铁三号线劳动竞赛"), ("/Campaigns/New", "考核周期"), ($"/Campaigns/Details/{id}", "结束竞赛"),
                     ($"/Campaigns/Participants/{id}", "二班组"), ($"/Campaigns/Periods/{id}", "2026年6月"), ($"/Campaigns/Scheme/{id}", "整改通知单"),
                     ($"/Campaigns/Assessments/{id}", "未录入"), ($"/Campaigns/Assessments/Entry/{id}/{period}/{crew}", "考核量（天，-60–60，目标 0）"),
                 })
        {
            var response = await browser.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            (await response.Content.ReadAsStringAsync()).ShouldContain(text, customMessage: url);
        }
        (await (await browser.GetAsync($"/Campaigns/Participants/{id}?q=班长")).Content.ReadAsStringAsync()).ShouldContain("添加个人");
    }

    [Fact]
    public async Task Through_the_pages_an_organizer_creates_a_campaign_and_enters_an_assessment_keeping_a_refused_value()
    {
        var browser = await app.BrowserAsAsync(AppRoles.Organizer);
        var created = await browser.PostFormAsync("/Campaigns/New", new Dictionary<string, string>
        {
            ["Command.Name"] = "跨江大桥劳动竞赛", ["Command.Kind"] = "KeyProject", ["Command.Project"] = "跨江大桥", ["Command.Organizer"] = "市总工会",
            ["Command.StartsOn"] = "2026-01-01", ["Command.EndsOn"] = "2026-03-31", ["Command.Cadence"] = "Monthly",
            ["Command.CollectiveAwards"] = "1", ["Command.IndividualAwards"] = "3",
        });
        created.RequestMessage!.RequestUri!.AbsolutePath.ShouldStartWith("/Campaigns/Details/");
        (await created.Content.ReadAsStringAsync()).ShouldContain("至少需要两个参赛单位或个人");

        var (id, period, crew) = await CampaignAsync();
        var entry = $"/Campaigns/Assessments/Entry/{id}/{period}/{crew}";
        var refused = await browser.PostFormAsync($"{entry}?handler=Save", new Dictionary<string, string>
            { ["Version"] = "0", ["Values[S]"] = "1.234", ["Counts[Q1]"] = "2" });
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("“进度”：“1.234”超过两位小数");
        html.ShouldContain("value=\"1.234\"");
        (await app.WithDbAsync(db => db.PeriodAssessments.CountAsync(a => a.CampaignId == id))).ShouldBe(0);

        var saved = await browser.PostFormAsync($"{entry}?handler=Save", new Dictionary<string, string>
            { ["Version"] = "0", ["Values[S]"] = "-2", ["Counts[Q1]"] = "1" });
        html = await saved.Content.ReadAsStringAsync();
        html.ShouldContain("考核数据已保存");
        html.ShouldContain("进度 100.00 −2.00 = 98.00");
        var preview = await (await browser.PostFormAsync($"{entry}?handler=Preview", new Dictionary<string, string>
            { ["Version"] = "1", ["Values[S]"] = "5", ["Counts[Q1]"] = "0", ["Counts[AV]"] = "1" })).Content.ReadAsStringAsync();
        preview.ShouldContain("按输入预览：0.00 分");
        preview.ShouldContain("一票否决（安全事故）");
        (await app.WithDbAsync(db => db.PeriodAssessments.SingleAsync(a => a.CampaignId == id))).Version.ShouldBe(1);

        // Someone else saved meanwhile: the page keeps what was typed and shows what is stored now.
        var stale = await browser.PostFormAsync($"{entry}?handler=Save", new Dictionary<string, string>
            { ["Version"] = "0", ["Values[S]"] = "7", ["Counts[Q1]"] = "1" });
        html = await stale.Content.ReadAsStringAsync();
        html.ShouldContain("data-testid=\"stale\"");
        html.ShouldContain("value=\"7\"");
        html.ShouldContain("当前已保存：-2");
    }

    [Fact]
    public async Task The_scheme_form_saves_a_new_version_from_a_chosen_period_and_names_a_mistyped_number()
    {
        var (id, period, crew) = await CampaignAsync();
        var organizer = await app.ClientAsAsync(AppRoles.Organizer);
        (await organizer.PutAsJsonAsync($"/api/campaigns/{id}/assessments/{period}/{crew}", Body(0, "1"))).EnsureSuccessStatusCode();
        var browser = await app.BrowserAsAsync(AppRoles.Organizer);
        var form = new Dictionary<string, string>
        {
            ["Form.LatestNumber"] = "1", ["Form.FromPeriod"] = "2",
            ["Form.Indicators[0].Code"] = "S", ["Form.Indicators[0].Name"] = "进度", ["Form.Indicators[0].Category"] = "Schedule",
            ["Form.Indicators[0].Weight"] = "100", ["Form.Indicators[0].BasePoints"] = "abc", ["Form.Indicators[0].BonusCap"] = "5",
            ["Form.Indicators[0].HasMeasure"] = "true", ["Form.Indicators[0].Unit"] = "天", ["Form.Indicators[0].Target"] = "0",
            ["Form.Indicators[0].Direction"] = "HigherIsBetter", ["Form.Indicators[0].BonusPerUnit"] = "1", ["Form.Indicators[0].DeductionPerUnit"] = "1.5",
            ["Form.Indicators[0].Minimum"] = "-30", ["Form.Indicators[0].Maximum"] = "30",
            ["Form.Indicators[0].Events[0].Code"] = "AV", ["Form.Indicators[0].Events[0].Name"] = "安全事故",
            ["Form.Indicators[0].Events[0].IsVeto"] = "true", ["Form.Indicators[0].Events[0].MaxCount"] = "9",
            ["Form.Indicators[1].Code"] = "", ["Form.Indicators[1].Name"] = "",
        };

        var refused = await (await browser.PostFormAsync($"/Campaigns/Scheme/{id}", form)).Content.ReadAsStringAsync();
        refused.ShouldContain("指标 S 基础分：“abc”不是有效的数字");
        (await app.WithDbAsync(db => db.IndicatorSchemes.CountAsync(s => s.CampaignId == id))).ShouldBe(1);

        form["Form.Indicators[0].BasePoints"] = "100";
        var saved = await (await browser.PostFormAsync($"/Campaigns/Scheme/{id}", form)).Content.ReadAsStringAsync();
        saved.ShouldContain("考核指标方案已保存为新版本");
        var latest = await app.WithDbAsync(db => db.IndicatorSchemes.Include(s => s.Indicators).ThenInclude(i => i.Events)
            .Where(s => s.CampaignId == id).OrderByDescending(s => s.Number).FirstAsync());
        (latest.Number, latest.FromPeriodNumber).ShouldBe((2, 2));
        var spec = latest.Definition().Indicators.Single();
        (spec.BonusCap?.Value, spec.Measure!.DeductionPerUnit.Value, spec.Measure.Minimum.Value, spec.Events.Single().IsVeto).ShouldBe((5m, 1.5m, -30m, true));

        var periods = await (await browser.PostFormAsync($"/Campaigns/Periods/{id}?handler=Lock", new Dictionary<string, string> { ["periodId"] = $"{period}" }))
            .Content.ReadAsStringAsync();
        periods.ShouldContain("还有 3 份考核未提交，不能锁定：一班组、二班组、三班组");
    }

    [Fact]
    public async Task The_api_answers_bad_input_and_stale_versions_with_problem_details()
    {
        var (id, period, crew) = await CampaignAsync();
        var organizer = await app.ClientAsAsync(AppRoles.Organizer);
        var url = $"/api/campaigns/{id}/assessments/{period}/{crew}";

        var bad = await organizer.PutAsJsonAsync(url, Body(0, "abc", "1.5"));
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("values[S]")[0].GetString()!.ShouldContain("“进度”：“abc”不是有效的数字");
        errors.GetProperty("counts[Q1]")[0].GetString()!.ShouldContain("整改通知单");

        (await organizer.PutAsJsonAsync(url, Body(0, "3"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await organizer.PutAsJsonAsync(url, Body(0, "4"));
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("stale_version");

        var locked = await organizer.PostAsync($"/api/campaigns/{id}/periods/{period}/lock", null);
        locked.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await locked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("还有 3 份考核未提交");

        var scheme = await organizer.PutAsJsonAsync($"/api/campaigns/{id}/scheme", new { latestNumber = 1, fromPeriod = 2, scheme = new { indicators = Array.Empty<object>() } });
        scheme.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await scheme.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("indicators")[0].GetString().ShouldBe("至少需要一项考核指标。");
    }

    [Fact]
    public async Task Evidence_is_checked_by_its_bytes_so_a_renamed_file_is_refused_and_a_real_one_comes_back_as_sent()
    {
        var (id, period, crew) = await CampaignAsync();
        var organizer = await app.ClientAsAsync(AppRoles.Organizer);
        var url = $"/api/campaigns/{id}/assessments/{period}/{crew}/evidence";
        static MultipartFormDataContent Upload(byte[] content, string name) => new()
        {
            { new ByteArrayContent(content) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } }, "file", name },
            { new StringContent("安全检查通报"), "note" },
        };

        var renamed = await organizer.PostAsync(url, Upload([0x4D, 0x5A, 0x90, 0x00], "通报.pdf"));
        renamed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await renamed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("file")[0].GetString().ShouldBe("文件内容与扩展名不符。");
        (await app.WithDbAsync(db => db.PeriodAssessments.CountAsync(a => a.CampaignId == id))).ShouldBe(0);

        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF");
        var added = await organizer.PostAsync(url, Upload(pdf, "通报.pdf"));
        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        var download = await organizer.GetAsync(added.Headers.Location);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
        var judge = await app.ClientAsAsync(AppRoles.Judge);
        (await judge.GetAsync(added.Headers.Location)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // The page's own upload goes through its antiforgery-protected form.
        var browser = await app.BrowserAsAsync(AppRoles.Organizer);
        var entry = $"/Campaigns/Assessments/Entry/{id}/{period}/{crew}";
        var page = await browser.GetStringAsync(entry);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var form = Upload([0x4D, 0x5A, 0x90, 0x00], "照片.png");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var html = await (await browser.PostAsync($"{entry}?handler=Upload", form)).Content.ReadAsStringAsync();
        html.ShouldContain("文件内容与扩展名不符");
        (await browser.PostAsync($"{entry}?handler=Upload", Upload(pdf, "x.pdf"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest); // no token
    }
}
