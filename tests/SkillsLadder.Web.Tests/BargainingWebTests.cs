using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common.Tables;

namespace SkillsLadder.Web.Tests;

/// <summary>Wage bargaining over HTTP: the API from offer to effective, and the forms as people fill them in.</summary>
public sealed partial class BargainingWebTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
    private static string Day(int offset) => Today.AddDays(offset).ToString("yyyy-MM-dd");

    /// <summary>Offered by the union for enterprise A, three representatives a side with chiefs, replied: ready for rounds.</summary>
    private async Task<int> NegotiatingAsync(HttpClient admin, string area)
    {
        (await admin.PostAsJsonAsync("/api/bargaining/minimum-wages", new { area, monthly = "2490", effectiveFrom = Day(-400) })).EnsureSuccessStatusCode();
        var offer = await admin.PostAsJsonAsync("/api/bargaining/agreements", new
        {
            title = "技能等级工资专项集体合同", scope = "Enterprise", enterpriseId = app.EnterpriseId, minimumWageArea = area, offeredBy = "Union",
            offerText = "工会就技能等级工资标准提出协商要约，请书面回应。", offeredOn = Day(-60), termMonths = 24, payRule = "NextPayMonth",
        });
        offer.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await offer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        foreach (var side in new[] { "Union", "Employer" })
        for (var i = 0; i < 3; i++)
            (await admin.PostAsJsonAsync($"/api/bargaining/agreements/{id}/representatives", new { side, name = $"{side}{i}", isChief = i == 0 })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/bargaining/agreements/{id}/reply", new { repliedOn = Day(-55) })).EnsureSuccessStatusCode();
        return id;
    }

    private async Task<object[]> CellsAsync(Func<int, int, string> baseYuan) =>
        (await app.WithDbAsync(db => db.PostClasses.OrderBy(c => c.Order).ToListAsync()))
        .SelectMany(c => Enumerable.Range(1, 8).Select(rank => (object)new { postClassId = c.Id, levelRank = rank, @base = baseYuan(c.Order, rank), allowance = $"{1000 * c.Order + 50 * rank}" }))
        .ToArray();

    [Fact]
    public async Task The_api_takes_an_agreement_from_offer_to_effective_and_exports_the_signed_grid()
    {
        var admin = await app.ClientAsAsync(AppRoles.Admin);
        var worker = await admin.PostAsJsonAsync("/api/workers", new
        {
            fullName = "周技", nationalIdNumber = TestData.IdNumber(new DateOnly(1991, 4, 4), 71), enterpriseId = app.EnterpriseId, occupationId = app.OccupationId,
            hireDate = "2015-01-01", isUnionMember = true, skillLevelId = await app.WithDbAsync(db => db.SkillLevels.Where(l => l.Rank == 3).Select(l => l.Id).SingleAsync()),
            skillLevelSince = "2020-01-01",
        });
        worker.EnsureSuccessStatusCode();
        var id = await NegotiatingAsync(admin, "杭州一类区");
        var grid = new { cells = await CellsAsync((_, rank) => $"{2500 + 100 * rank}"), highSkilledAllowance = "300", craftsmanAllowance = "800" };
        var round = await admin.PostAsJsonAsync($"/api/bargaining/agreements/{id}/rounds", new
        {
            heldOn = Day(-50), minutes = "双方交换意见并提出方案。", proposals = new[] { new { side = "Union", grid } },
        });
        round.StatusCode.ShouldBe(HttpStatusCode.OK);
        var proposalId = (await round.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rounds")[0].GetProperty("proposals")[0].GetProperty("id").GetInt32();

        (await admin.PostAsJsonAsync($"/api/bargaining/agreements/{id}/draft", new { proposalId })).EnsureSuccessStatusCode();
        var vote = await (await admin.PostAsJsonAsync($"/api/bargaining/agreements/{id}/votes", new { heldOn = Day(-40), representatives = 9, attending = 6, approving = 4 }))
            .Content.ReadFromJsonAsync<JsonElement>();
        vote.GetProperty("passed").GetBoolean().ShouldBeFalse();
        vote.GetProperty("explanation").GetString()!.ShouldContain("赞成 4 票（需 ≥ 5，未达到）");
        (await admin.PostAsJsonAsync($"/api/bargaining/agreements/{id}/votes", new { heldOn = Day(-38), representatives = 9, attending = 8, approving = 7 })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/bargaining/agreements/{id}/sign", new { on = Day(-30) })).EnsureSuccessStatusCode();
        var hr = await app.ClientAsAsync(AppRoles.HrReviewer, enterpriseId: app.EnterpriseId);
        (await hr.PostAsJsonAsync($"/api/bargaining/agreements/{id}/file", new { on = Day(-28) })).EnsureSuccessStatusCode();
        var effect = await hr.PostAsJsonAsync($"/api/bargaining/agreements/{id}/take-effect", new { bureauApprovedOn = Day(-20) });

        effect.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = await effect.Content.ReadFromJsonAsync<JsonElement>();
        result.GetProperty("effectiveFrom").GetString().ShouldBe(Day(-20));
        result.GetProperty("workersGraded").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        var workerId = (await worker.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        (await app.WithDbAsync(db => db.PayGradeChanges.Where(c => c.WorkerId == workerId && c.AgreementId == id).Select(c => c.MonthlyFen).SingleAsync()))
            .ShouldBe((2800 + 1150) * 100);

        var file = await hr.GetAsync($"/api/bargaining/agreements/{id}/grid.xlsx");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        var table = TabularFile.Read(await file.Content.ReadAsStreamAsync(), "grid.xlsx");
        table.Headers.ShouldBe(["岗位类别", "技能等级", "基本工资（元）", "技能津贴（元）", "月工资合计（元）"]);
        table.Headers.Select(table.Rows[2].Get).ShouldBe(["基础岗位", "中级工", "2800", "1150", "3950"]);
        (await hr.GetAsync($"/api/bargaining/agreements/{id}/filing-pack.xlsx")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var print = await (await hr.GetAsync($"/Bargaining/Agreements/{id}/Print")).Content.ReadAsStringAsync();
        print.ShouldContain("工资专项集体合同备案材料");
        print.ShouldContain("¥3,950.00");
        print.ShouldNotContain("未签字，仅供核对");
    }

    [Fact]
    public async Task A_round_entered_as_tables_shows_each_cells_problems_and_is_saved_with_them()
    {
        var admin = await app.ClientAsAsync(AppRoles.Admin);
        var id = await NegotiatingAsync(admin, "杭州二类区");
        var hr = await app.BrowserAsAsync(AppRoles.HrReviewer, enterpriseId: app.EnterpriseId);
        var page = await hr.GetStringAsync($"/Bargaining/Agreements/{id}/Round");
        page.ShouldContain("空白表");
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TokenPattern().Match(page).Groups[1].Value, ["HeldOn"] = Day(-1), ["Minutes"] = "企业方提出初步方案。",
            ["Version"] = Regex.Match(page, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value, ["Sides[0].Side"] = "Union", ["Sides[0].Include"] = "false", ["Sides[1].Side"] = "Employer", ["Sides[1].Include"] = "true",
            ["Sides[1].Grid.HighSkilledAllowance"] = "", ["Sides[1].Grid.CraftsmanAllowance"] = "",
        };
        var cells = await CellsAsync((order, rank) => order == 1 && rank == 1 ? "2000" : $"{2500 + 100 * rank}");
        for (var j = 0; j < cells.Length; j++)
            foreach (var property in cells[j].GetType().GetProperties())
                form[$"Sides[1].Grid.Cells[{j}].{char.ToUpperInvariant(property.Name[0])}{property.Name[1..]}"] = property.GetValue(cells[j])!.ToString()!;

        var check = await (await hr.PostAsync($"/Bargaining/Agreements/{id}/Round?handler=Check", new FormUrlEncodedContent(form))).Content.ReadAsStringAsync();
        check.ShouldContain("不含津贴的基本工资 ¥2,000.00 低于最低工资 ¥2,490.00");
        check.ShouldContain("1 处不符合规定"); // only the basic post's first level: the allowance lifts its total above the floor
        (await app.WithDbAsync(db => db.BargainingRounds.CountAsync(r => r.AgreementId == id))).ShouldBe(0);

        form["Sides[1].Grid.Cells[3].Base"] = "2,6OO";
        var refused = await (await hr.PostAsync($"/Bargaining/Agreements/{id}/Round", new FormUrlEncodedContent(form))).Content.ReadAsStringAsync();
        refused.ShouldContain("请填写基本工资：金额应为不小于 0 的数字");
        (await app.WithDbAsync(db => db.BargainingRounds.CountAsync(r => r.AgreementId == id))).ShouldBe(0);

        form["Sides[1].Grid.Cells[3].Base"] = "2,900";
        form["Version"] = "0"; // a form older than the reply is refused rather than overwriting it
        var stale = await (await hr.PostAsync($"/Bargaining/Agreements/{id}/Round", new FormUrlEncodedContent(form))).Content.ReadAsStringAsync();
        stale.ShouldContain("该记录已被他人修改，请刷新后重试。");

        form["Version"] = Regex.Match(page, "name=\"Version\" value=\"(\\d+)\"").Groups[1].Value;
        var saved = await hr.PostAsync($"/Bargaining/Agreements/{id}/Round", new FormUrlEncodedContent(form));
        saved.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/Bargaining/Agreements/{id}");
        var details = await saved.Content.ReadAsStringAsync();
        details.ShouldContain("协商会议已记录。");
        details.ShouldContain($"href=\"/Bargaining/Agreements/{id}/Simulate\"");
        details.ShouldContain("低于最低工资 ¥2,490.00");
        details.ShouldNotContain("以此方案形成草案"); // a proposal with problems cannot become the draft
    }

    [Fact]
    public async Task Admins_add_minimum_wages_on_the_page_and_bad_money_is_shown_beside_its_input()
    {
        var admin = await app.BrowserAsAsync(AppRoles.Admin);
        var fields = new Dictionary<string, string> { ["Command.Area"] = "温州一类区", ["Command.Monthly"] = "2490.999", ["Command.EffectiveFrom"] = "2025-01-01" };

        var refused = await (await admin.PostFormAsync("/Bargaining/MinimumWages", fields)).Content.ReadAsStringAsync();
        refused.ShouldContain("data-valmsg-for=\"Command.Monthly\"");
        refused.ShouldContain("最多两位小数");

        fields["Command.Monthly"] = "2,490.50";
        var saved = await (await admin.PostFormAsync("/Bargaining/MinimumWages", fields)).Content.ReadAsStringAsync();
        saved.ShouldContain("最低工资标准已录入。");
        saved.ShouldContain("¥2,490.50");
        var duplicate = await (await admin.PostFormAsync("/Bargaining/MinimumWages", fields)).Content.ReadAsStringAsync();
        duplicate.ShouldContain("温州一类区 自 2025-01-01 起的最低工资标准已录入。");

        var organizer = await app.BrowserAsAsync(AppRoles.Organizer);
        var readOnly = await organizer.GetStringAsync("/Bargaining/MinimumWages?area=温州一类区");
        readOnly.ShouldContain("¥2,490.50");
        readOnly.ShouldNotContain("data-testid=\"add-minimum-wage\"");
        (await organizer.GetStringAsync("/")).ShouldContain("href=\"/Bargaining\"");
    }

    [Fact]
    public async Task Each_party_sees_only_its_own_forms_and_a_step_out_of_order_is_explained_in_place()
    {
        var admin = await app.ClientAsAsync(AppRoles.Admin);
        (await admin.PostAsJsonAsync("/api/bargaining/minimum-wages", new { area = "台州一类区", monthly = "2490", effectiveFrom = Day(-400) })).EnsureSuccessStatusCode();
        var offer = await admin.PostAsJsonAsync("/api/bargaining/agreements", new
        {
            title = "台州能级工资协议", enterpriseId = app.EnterpriseId, minimumWageArea = "台州一类区", offerText = "工会就能级工资提出协商要约，请书面回应。", offeredOn = Day(-30),
        });
        var id = (await offer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var url = $"/Bargaining/Agreements/{id}";
        var hr = await app.BrowserAsAsync(AppRoles.HrReviewer, enterpriseId: app.EnterpriseId);
        var organizer = await app.BrowserAsAsync(AppRoles.Organizer);

        var hrView = await hr.GetStringAsync(url);
        hrView.ShouldContain("data-testid=\"reply\"");
        hrView.ShouldContain("data-testid=\"add-rep-Employer\"");
        hrView.ShouldNotContain("data-testid=\"add-rep-Union\"");
        (await organizer.GetStringAsync(url)).ShouldNotContain("data-testid=\"reply\""); // the union made the offer: the employer replies

        var added = await PostHandlerAsync(hr, url, "AddRepresentative", new() { ["side"] = "Employer", ["name"] = "人事经理", ["isChief"] = "true" });
        added.ShouldContain("代表已加入。");
        added.ShouldContain("人事经理");
        var replied = await PostHandlerAsync(hr, url, "Reply", new() { ["version"] = "0", ["on"] = Day(-20) });
        replied.ShouldContain("书面回应已记录，进入协商。");
        replied.ShouldContain("协商中");
        var early = await PostHandlerAsync(hr, url, "Sign", new() { ["version"] = "1", ["on"] = Day(0) });
        early.ShouldContain("职代会通过后方可由双方首席代表签字。");
        (await hr.GetStringAsync(url)).ShouldContain("每方代表应为 3–10 人（职工方 0 人，企业方 1 人）。");
    }

    private static async Task<string> PostHandlerAsync(HttpClient client, string url, string handler, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(url);
        fields["__RequestVerificationToken"] = TokenPattern().Match(page).Groups[1].Value;
        var response = await client.PostAsync($"{url}?handler={handler}", new FormUrlEncodedContent(fields));
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
