using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Web.Tests;

public sealed class AccountAdminTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly Regex IssuedPassword = new("data-testid=\"issued-password\">[^<]*<code>([^<]+)</code>");

    [Fact]
    public async Task An_admin_opens_a_worker_account_whose_one_time_password_signs_in_to_that_record_only()
    {
        var workerId = await app.WithDbAsync(async db =>
        {
            var worker = new Worker("郑晓梅", TestData.IdNumber(new DateOnly(1995, 5, 5), 22), app.EnterpriseId, app.OccupationId, new DateOnly(2015, 1, 1), true);
            db.Add(worker);
            await db.SaveChangesAsync();
            return worker.Id;
        });
        var admin = await app.BrowserAsAsync(AppRoles.Admin);

        var page = await (await admin.PostFormAsync("/Admin/Accounts?handler=Create", new Dictionary<string, string>
        {
            ["Command.UserName"] = "zheng.xm", ["Command.DisplayName"] = "郑晓梅", ["Command.Role"] = AppRoles.Worker, ["Command.WorkerId"] = workerId.ToString(),
        })).Content.ReadAsStringAsync();

        var password = IssuedPassword.Match(page).Groups[1].Value;
        password.Length.ShouldBe(12);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await app.TokenAsync("zheng.xm", password));
        // Issue 17, item 7: the one-time password opens nothing but the change of password, which answers with a new token.
        var refused = await client.GetAsync($"/api/workers/{workerId}");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("password_change_required");
        var changed = await client.PostAsJsonAsync("/api/auth/change-password", new { currentPassword = password, newPassword = "zheng-own-pass-1" });
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");
        me.GetProperty("workerId").GetInt32().ShouldBe(workerId);
        me.GetProperty("enterpriseId").GetInt32().ShouldBe(app.EnterpriseId); // taken from the worker's record
        (await client.GetAsync($"/api/workers/{workerId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == "AppUser" && a.Action == "Created" && a.After!.Contains("zheng.xm"))))
            .ShouldBe(1);
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.After!.Contains("PasswordHash")))).ShouldBe(0);
    }

    [Fact]
    public async Task Bad_account_requests_are_field_errors_and_create_nothing()
    {
        var admin = await app.ClientAsAsync(AppRoles.Admin);
        var before = await app.WithDbAsync(db => db.Users.CountAsync());

        var noWorker = await admin.PostAsJsonAsync("/api/accounts", new { userName = "lonely", displayName = "无档案", role = AppRoles.Worker });
        var badName = await admin.PostAsJsonAsync("/api/accounts", new { userName = "有 空格", displayName = "x", role = AppRoles.Judge });
        var unknownRole = await admin.PostAsJsonAsync("/api/accounts", new { userName = "someone", displayName = "x", role = "Root" });

        (await noWorker.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("workerId")[0].GetString()!.ShouldContain("关联职工");
        (await badName.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("userName").GetArrayLength().ShouldBe(1);
        (await unknownRole.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("role").GetArrayLength().ShouldBe(1);
        (await app.WithDbAsync(db => db.Users.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task A_reset_unlocks_the_account_and_retires_the_old_password()
    {
        var user = await app.CreateUserAsync(AppRoles.Organizer);
        var admin = await app.ClientAsAsync(AppRoles.Admin);

        var reset = await (await admin.PostAsync($"/api/accounts/{user.Id}/reset-password", null)).Content.ReadFromJsonAsync<JsonElement>();

        var fresh = reset.GetProperty("initialPassword").GetString()!;
        (await app.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = user.UserName, password = Accounts.Password }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.TokenAsync(user.UserName!, fresh)).ShouldNotBeNullOrEmpty();
    }
}
