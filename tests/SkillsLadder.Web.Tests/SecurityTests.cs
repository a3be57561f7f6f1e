using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SkillsLadder.Web.Tests;

public sealed class SecurityTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task A_wrong_password_is_401_and_five_in_a_row_lock_the_account()
    {
        var user = await app.CreateUserAsync(AppRoles.Organizer);
        var client = app.CreateClient();

        var first = await client.PostAsJsonAsync("/api/auth/token", new { userName = user.UserName, password = "wrong-password-1" });
        first.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var wrongPassword = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
        wrongPassword.ShouldContain("不正确");
        for (var i = 0; i < 4; i++) await client.PostAsJsonAsync("/api/auth/token", new { userName = user.UserName, password = "wrong-password-1" });

        var right = await client.PostAsJsonAsync("/api/auth/token", new { userName = user.UserName, password = Accounts.Password });
        right.StatusCode.ShouldBe(HttpStatusCode.Unauthorized); // locked, even with the right password
        // Issue 17, item 9: the same words as a wrong password, so the answer does not tell that the account exists.
        (await right.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString().ShouldBe(wrongPassword);
        var log = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Actor == user.UserName).Select(a => a.Action).ToListAsync());
        log.Count(a => a == "SignInFailed").ShouldBe(4);
        log.ShouldContain("LockedOut");
    }

    [Fact]
    public async Task The_login_form_says_so_on_a_wrong_password_and_refuses_over_long_input()
    {
        var client = app.CreateClient();

        var wrong = await (await client.PostFormAsync("/Account/Login", new Dictionary<string, string>
            { ["Input.UserName"] = "nobody", ["Input.Password"] = "whatever-123" })).Content.ReadAsStringAsync();
        var tooLong = await client.PostFormAsync("/Account/Login", new Dictionary<string, string>
            { ["Input.UserName"] = new string('a', 5000), ["Input.Password"] = "whatever-123" });

        wrong.ShouldContain("用户名或密码不正确");
        tooLong.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await tooLong.Content.ReadAsStringAsync()).ShouldContain("用户名过长");
    }

    [Fact]
    public async Task Over_long_api_input_is_a_400_not_a_500()
    {
        var admin = await app.ClientAsAsync(AppRoles.Admin);

        var response = await admin.PostAsJsonAsync("/api/workers", new { fullName = new string('张', 100_000), nationalIdNumber = new string('1', 5000) });
        var token = await app.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = new string('a', 5000), password = "x" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        token.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_garbage_token_is_401_problem_details()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");

        var response = await client.GetAsync("/api/workers");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var clock = new TestClock(DateTimeOffset.UtcNow);
        await using var clocked = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock))));
        var user = await clocked.CreateUserAsync(AppRoles.Admin);
        var client = clocked.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await clocked.TokenAsync(user.UserName!));
        (await client.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);

        clock.Now = clock.Now.AddHours(2); // tokens live one hour

        (await client.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Sign_in_attempts_are_rate_limited_per_client()
    {
        await using var strict = app.WithWebHostBuilder(b => b.UseSetting("RateLimiting:SignInsPerMinute", "3"));
        var client = strict.CreateClient();
        // The count is the database's (every node shares it), so this class's earlier sign-ins from the same client
        // are in it: start from none, inside one clock-aligned window.
        await Jobs.JobsData.WaitUntilAsync(() => DateTime.UtcNow.Second < 50, TimeSpan.FromSeconds(15), "a fresh part of the minute");
        await app.WithDbAsync(db => db.SignInWindows.ExecuteDeleteAsync());

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await client.PostAsJsonAsync("/api/auth/token", new { userName = "nobody", password = "wrong-password-1" })).StatusCode);

        statuses.ShouldBe([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests]);
        var limited = await client.PostAsJsonAsync("/api/auth/token", new { userName = "nobody", password = "wrong-password-1" });
        int.Parse(limited.Headers.GetValues("Retry-After").Single()).ShouldBeInRange(1, 60);
        (await client.GetAsync("/Account/Login")).StatusCode.ShouldBe(HttpStatusCode.OK); // the form itself is not limited
    }

    [Fact]
    public async Task Every_answer_carries_the_security_headers()
    {
        var response = await app.CreateClient().GetAsync("/Account/Login");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("script-src 'self'");
        csp.ShouldNotContain("unsafe-inline");
        csp.ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("<script>"); // nothing inline to need an exception
    }

    [Fact]
    public async Task The_login_form_gives_a_locked_account_the_wrong_password_message()
    {
        var user = await app.CreateUserAsync(AppRoles.Organizer);
        var client = app.CreateClient();
        for (var i = 0; i < 5; i++) await client.PostAsJsonAsync("/api/auth/token", new { userName = user.UserName, password = "wrong-password-1" });

        var locked = await (await client.PostFormAsync("/Account/Login", new Dictionary<string, string>
            { ["Input.UserName"] = user.UserName!, ["Input.Password"] = Accounts.Password })).Content.ReadAsStringAsync();

        locked.ShouldContain("用户名或密码不正确");
        locked.ShouldNotContain("锁定");
    }

    [Fact]
    public async Task The_api_refuses_the_sign_in_cookie_for_writes_but_reads_with_it()
    {
        var browser = await app.BrowserAsAsync(AppRoles.Admin);
        using var forged = new HttpRequestMessage(HttpMethod.Post, "/api/accounts")
        {
            Content = JsonContent.Create(new { userName = "forged.account", displayName = "伪造", role = AppRoles.Judge }),
        };
        forged.Headers.Add("Origin", "https://evil.example");

        var response = await browser.SendAsync(forged);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.WithDbAsync(db => db.Users.CountAsync(u => u.UserName == "forged.account"))).ShouldBe(0);
        (await browser.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Personal_data_is_never_cached_and_the_server_is_not_named()
    {
        var api = await app.ClientAsAsync(AppRoles.Admin);
        var browser = await app.BrowserAsAsync(AppRoles.Admin);

        var workers = await api.GetAsync("/api/workers");
        var page = await browser.GetAsync("/Directory/Workers");
        var refused = await app.CreateClient().GetAsync("/api/workers");

        workers.Headers.CacheControl!.NoStore.ShouldBeTrue();
        page.Headers.CacheControl!.NoStore.ShouldBeTrue();
        refused.Headers.CacheControl!.NoStore.ShouldBeTrue();
        app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>>()
            .Value.AddServerHeader.ShouldBeFalse();
    }

    [Fact]
    public async Task A_cookie_session_signs_in_lands_home_and_signs_out()
    {
        var browser = await app.BrowserAsAsync(AppRoles.Organizer);
        (await browser.GetStringAsync("/")).ShouldContain("名职工");

        var signedOut = await browser.PostFormAsync("/Account/Logout", new Dictionary<string, string>());

        signedOut.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Account/Login");
        (await browser.GetAsync("/Directory/Workers")).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/Account/Login");
    }

    [Fact]
    public async Task Changing_the_password_checks_the_current_one_and_retires_it()
    {
        var user = await app.CreateUserAsync(AppRoles.Judge);
        var browser = app.CreateClient();
        await browser.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.UserName"] = user.UserName!, ["Input.Password"] = Accounts.Password });

        var wrong = await (await browser.PostFormAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "not-my-password-1", ["Input.NewPassword"] = "brand-new-pass-7", ["Input.ConfirmPassword"] = "brand-new-pass-7",
        })).Content.ReadAsStringAsync();
        var changed = await (await browser.PostFormAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Accounts.Password, ["Input.NewPassword"] = "brand-new-pass-7", ["Input.ConfirmPassword"] = "brand-new-pass-7",
        })).Content.ReadAsStringAsync();

        wrong.ShouldContain("当前密码不正确");
        changed.ShouldContain("密码已修改");
        var old = await app.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = user.UserName, password = Accounts.Password });
        old.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.TokenAsync(user.UserName!, "brand-new-pass-7")).ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_signed_in_user_without_the_role_gets_the_403_page_not_the_form()
    {
        var worker = await app.BrowserAsAsync(AppRoles.Worker);

        var response = await worker.GetAsync("/Directory/Enterprises/Create");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).ShouldContain("无权访问");
    }

    [Fact]
    public async Task Admins_read_sign_ins_and_changes_in_the_audit_log()
    {
        var admin = await app.BrowserAsAsync(AppRoles.Admin);
        await admin.PostFormAsync("/Directory/Enterprises/Create", new Dictionary<string, string>
        {
            ["Command.Name"] = "审计测试机械有限公司", ["Command.CreditCode"] = TestData.CreditCode(4242),
            ["Command.IndustryId"] = app.IndustryId.ToString(), ["Command.District"] = "滨江区",
        });

        var log = await admin.GetStringAsync("/Admin/Audit?type=Enterprise");
        var signIns = await admin.GetStringAsync("/Admin/Audit?type=Account");

        log.ShouldContain("审计测试机械有限公司");
        log.ShouldContain("新建"); // "Created", in the reader's language
        signIns.ShouldContain("登录");
    }
}
