using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace SkillsLadder.Web.Tests;

/// <summary>Issue 17, items 6–7: a password change or reset ends every other session; one-time passwords must be changed first.</summary>
public sealed class SessionTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly WebApplicationFactoryClientOptions NoRedirects = new() { AllowAutoRedirect = false };

    [Fact]
    public async Task Changing_the_password_on_the_page_ends_the_old_bearer_token_and_other_browser_sessions()
    {
        var user = await app.CreateUserAsync(AppRoles.Organizer);
        var api = Bearer(await app.TokenAsync(user.UserName!));
        var otherBrowser = await SignInAsync(user.UserName!, Accounts.Password);
        var browser = await SignInAsync(user.UserName!, Accounts.Password);
        (await api.GetAsync("/api/workers")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await otherBrowser.GetAsync("/Directory/Workers")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var changed = await browser.PostFormAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Accounts.Password, ["Input.NewPassword"] = "fresh-pass-2027", ["Input.ConfirmPassword"] = "fresh-pass-2027",
        });

        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await api.GetAsync("/api/workers")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var other = await otherBrowser.GetAsync("/Directory/Workers");
        ((int)other.StatusCode + " " + other.Headers.Location).ShouldStartWith("302 http://localhost/Account/Login");
        (await browser.GetAsync("/Directory/Workers")).StatusCode.ShouldBe(HttpStatusCode.OK); // the session that changed it stays
    }

    [Fact]
    public async Task An_admin_reset_ends_the_users_tokens_refresh_tokens_and_browser_sessions()
    {
        var user = await app.CreateUserAsync(AppRoles.Organizer);
        var pair = await TokenPairAsync(user.UserName!, Accounts.Password);
        var api = Bearer(pair.GetProperty("accessToken").GetString()!);
        var browser = await SignInAsync(user.UserName!, Accounts.Password);
        var admin = await app.ClientAsAsync(AppRoles.Admin);

        (await admin.PostAsync($"/api/accounts/{user.Id}/reset-password", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await api.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var home = await browser.GetAsync("/");
        ((int)home.StatusCode + " " + home.Headers.Location).ShouldStartWith("302 http://localhost/Account/Login");
        (await app.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = pair.GetProperty("refreshToken").GetString() }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_refresh_token_gives_a_new_working_pair()
    {
        var user = await app.CreateUserAsync(AppRoles.Judge);
        var pair = await TokenPairAsync(user.UserName!, Accounts.Password);

        var refreshed = await app.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = pair.GetProperty("refreshToken").GetString() });
        var garbage = await app.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "not-a-token" });

        refreshed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var fresh = await refreshed.Content.ReadFromJsonAsync<JsonElement>();
        fresh.GetProperty("refreshToken").GetString().ShouldNotBe(pair.GetProperty("refreshToken").GetString());
        (await Bearer(fresh.GetProperty("accessToken").GetString()!).GetFromJsonAsync<JsonElement>("/api/auth/me"))
            .GetProperty("userName").GetString().ShouldBe(user.UserName);
        garbage.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        garbage.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_reset_password_must_be_changed_on_the_api_before_anything_else()
    {
        var user = await app.CreateUserAsync(AppRoles.Organizer);
        var admin = await app.ClientAsAsync(AppRoles.Admin);
        var reset = await (await admin.PostAsync($"/api/accounts/{user.Id}/reset-password", null)).Content.ReadFromJsonAsync<JsonElement>();
        var oneTime = reset.GetProperty("initialPassword").GetString()!;
        var api = Bearer(await app.TokenAsync(user.UserName!, oneTime));

        var refused = await api.GetAsync("/api/workers");
        var change = await api.PostAsJsonAsync("/api/auth/change-password", new { currentPassword = oneTime, newPassword = "my-own-pass-9" });

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("password_change_required");
        change.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized); // the one-time token died with the change
        var fresh = Bearer((await change.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!);
        (await fresh.GetAsync("/api/workers")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "PasswordReset" && a.EntityId == user.Id.ToString())))
            .ShouldBe(1);
    }

    [Fact]
    public async Task A_reset_password_sends_every_page_to_the_change_form_until_changed()
    {
        var user = await app.CreateUserAsync(AppRoles.Organizer);
        var admin = await app.ClientAsAsync(AppRoles.Admin);
        var oneTime = (await (await admin.PostAsync($"/api/accounts/{user.Id}/reset-password", null)).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("initialPassword").GetString()!;
        var browser = await SignInAsync(user.UserName!, oneTime);

        var home = await browser.GetAsync("/Directory/Workers");
        home.Headers.Location!.OriginalString.ShouldBe("/Account/ChangePassword");
        (await browser.GetStringAsync("/Account/ChangePassword")).ShouldContain("data-testid=\"password-change-required\"");
        await browser.PostFormAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = oneTime, ["Input.NewPassword"] = "my-own-pass-9", ["Input.ConfirmPassword"] = "my-own-pass-9",
        });

        (await browser.GetAsync("/Directory/Workers")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await browser.GetStringAsync("/Account/ChangePassword")).ShouldNotContain("password-change-required");
    }

    private HttpClient Bearer(string token)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<JsonElement> TokenPairAsync(string userName, string password)
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private async Task<HttpClient> SignInAsync(string userName, string password)
    {
        var browser = app.CreateClient(NoRedirects);
        var signedIn = await browser.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["Input.UserName"] = userName, ["Input.Password"] = password });
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return browser;
    }
}
