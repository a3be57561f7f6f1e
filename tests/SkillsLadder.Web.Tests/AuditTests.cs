using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SkillsLadder.Domain.People;
using SkillsLadder.Web.Pages.Admin;

namespace SkillsLadder.Web.Tests;

/// <summary>Issue 17, items 10–12: every change a person makes is in the log, with real ids, shown field by field in the reader's language.</summary>
public sealed class AuditTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Honour_types_innovations_and_studios_are_audited_with_who_and_the_real_new_id()
    {
        var lead = await WorkerAsync("钱立新", 801);
        var admin = await app.CreateUserAsync(AppRoles.Admin);
        var adminClient = await app.TokenClientAsync(admin.UserName!);
        var worker = await app.CreateUserAsync(AppRoles.Worker, workerId: lead, enterpriseId: app.EnterpriseId);
        var federation = await app.ClientAsAsync(AppRoles.HrReviewer);

        var type = await (await adminClient.PostAsJsonAsync("/api/honours/types",
            new { name = "审计技术能手", level = "City", bonusYuan = "800", noticeWorkingDays = 3, validityYears = 3 })).Content.ReadFromJsonAsync<JsonElement>();
        var innovation = await (await (await app.TokenClientAsync(worker.UserName!)).PostAsJsonAsync("/api/innovations", new
        {
            kind = "RationalisationProposal", title = "审计线路巡检优化", description = "按负荷分区重排巡检路线。", expectedBenefit = "每班节省 30 分钟",
        })).Content.ReadFromJsonAsync<JsonElement>();
        var studio = await federation.PostAsJsonAsync("/api/studios",
            new { name = "钱立新技能大师工作室", kind = "SkillMaster", enterpriseId = app.EnterpriseId, leadWorkerId = lead, foundedOn = "2025-01-01" });
        var studioId = (await studio.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        await ShouldBeLoggedAsync("HonourType", type.GetProperty("id").GetInt32(), admin.UserName!);
        await ShouldBeLoggedAsync("InnovationEntry", innovation.GetProperty("id").GetInt32(), worker.UserName!);
        await ShouldBeLoggedAsync("InnovationStudio", studioId, null);
    }

    [Fact]
    public async Task A_new_enterprise_is_logged_with_its_real_id_and_shown_field_by_field_in_chinese_or_english()
    {
        var admin = await app.BrowserAsAsync(AppRoles.Admin);
        await admin.PostFormAsync("/Directory/Enterprises/Create", new Dictionary<string, string>
        {
            ["Command.Name"] = "审计字段机械有限公司", ["Command.CreditCode"] = TestData.CreditCode(4343),
            ["Command.IndustryId"] = app.IndustryId.ToString(CultureInfo.InvariantCulture), ["Command.District"] = "滨江区",
        });
        var id = await app.WithDbAsync(db => db.Enterprises.Where(e => e.Name == "审计字段机械有限公司").Select(e => e.Id).SingleAsync());
        var entry = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityType == "Enterprise" && a.Action == "Created" && a.EntityId == id.ToString()));
        JsonDocument.Parse(entry.After!).RootElement.GetProperty("Id").GetInt32().ShouldBe(id); // not EF's temporary -2147482647

        var chinese = await admin.GetStringAsync($"/Admin/Audit?type=Enterprise&id={id}");
        var english = await admin.GetStringAsync($"/Admin/Audit?type=Enterprise&id={id}&culture=en");

        chinese.ShouldContain("新建");
        chinese.ShouldContain("<th scope=\"row\">统一社会信用代码</th>");
        chinese.ShouldContain("<th scope=\"row\">名称</th><td>无</td><td>审计字段机械有限公司</td>");
        chinese.ShouldNotContain("{&quot;");
        chinese.ShouldNotContain("{\"");
        english.ShouldContain("Created");
        english.ShouldContain("<th scope=\"row\">Unified social credit code</th>");
        english.ShouldContain("<th scope=\"row\">Name</th><td>none</td><td>审计字段机械有限公司</td>");
    }

    [Fact]
    public void Every_audit_label_has_an_english_entry()
    {
        var text = app.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        try
        {
            AuditText.Entities.Values.Concat(AuditText.Actions.Values).Concat(AuditText.Fields.Values).Concat(["是", "否", "无", "字段", "变更"])
                .Where(label => text[label].ResourceNotFound).ShouldBeEmpty();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private async Task ShouldBeLoggedAsync(string type, int id, string? actor)
    {
        var entry = await app.WithDbAsync(db => db.AuditEntries.SingleOrDefaultAsync(a => a.EntityType == type && a.Action == "Created" && a.EntityId == id.ToString()));
        entry.ShouldNotBeNull($"{type} {id} is not in the audit log");
        JsonDocument.Parse(entry.After!).RootElement.GetProperty("Id").GetInt32().ShouldBe(id);
        if (actor is not null) entry.Actor.ShouldBe(actor);
    }

    private async Task<int> WorkerAsync(string name, int sequence) => await app.WithDbAsync(async db =>
    {
        var worker = new Worker(name, TestData.IdNumber(new DateOnly(1988, 8, 8), sequence), app.EnterpriseId, app.OccupationId, new DateOnly(2010, 1, 1), true);
        db.Add(worker);
        await db.SaveChangesAsync();
        return worker.Id;
    });
}
