using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SkillsLadder.Browser.Tests;

/// <summary>The set-up by API and the training steps of the growth journey.</summary>
public sealed partial class GrowthJourney
{
    /// <summary>The demo worker (the apprentice), a mentor of a higher level and two trainees, all of HR's enterprise.</summary>
    private sealed record People(int Worker, string WorkerName, int OccupationId, string Occupation, int NextLevelRank,
        int Mentor, string MentorName, string MentorPassword, string Trainee1Name, string Trainee1Password, string Trainee2Name);

    /// <summary>
    /// Picked from the enterprise's workers, each with a name no colleague shares (the pages find them by name); the
    /// mentor and the first trainee get worker accounts, as an admin opens them.
    /// </summary>
    private static async Task<People> PeopleAsync(RunningApp app)
    {
        using var admin = await DemoApi.SignInAsync(app, "admin");
        var workerId = (await admin.GetAsync("/api/accounts?pageSize=100")).GetProperty("items").EnumerateArray()
            .Single(a => a.GetProperty("userName").GetString() == "worker").GetProperty("workerId").GetInt32();
        var worker = await admin.GetAsync($"/api/workers/{workerId}");
        var enterpriseId = worker.GetProperty("enterpriseId").GetInt32();
        var ranks = (await admin.GetAsync("/api/reference")).GetProperty("skillLevels").EnumerateArray()
            .ToDictionary(l => l.GetProperty("nameZh").GetString()!, l => l.GetProperty("rank").GetInt32());
        var progress = await admin.GetAsync($"/api/workers/{workerId}/progress");
        var rank = progress.GetProperty("currentLevelRank").GetInt32();
        var others = (await admin.GetAsync($"/api/workers?enterpriseId={enterpriseId}&pageSize=100")).GetProperty("items").EnumerateArray()
            .Where(w => w.GetProperty("id").GetInt32() != workerId)
            .Select(w => (Id: w.GetProperty("id").GetInt32(), Name: w.GetProperty("fullName").GetString()!,
                Rank: w.GetProperty("currentSkillLevelNameZh").GetString() is { } level ? ranks[level] : 0)).ToList();
        var names = others.GroupBy(w => w.Name).Where(g => g.Count() == 1).Select(g => g.Key).ToHashSet(); // found by name on the pages
        // A mentor must stand above the apprentice; a 技师 or higher for the demo's 初级工.
        var mentor = others.Where(w => names.Contains(w.Name) && w.Rank >= rank + 3).OrderBy(w => w.Id).First();
        var trainees = others.Where(w => names.Contains(w.Name) && w.Id != mentor.Id && w.Rank <= rank).OrderBy(w => w.Id).Take(2).ToList();

        // The one-time password is replaced at once (through the API) by the one the journeys sign in with.
        async Task<string> AccountAsync(string userName, (int Id, string Name, int Rank) who) =>
            await DemoApi.ChooseOwnPasswordAsync(app, userName,
                (await admin.SendAsync(HttpMethod.Post, "/api/accounts", new { userName, displayName = who.Name, role = "Worker", workerId = who.Id }))
                    .GetProperty("initialPassword").GetString()!);
        return new People(workerId, worker.GetProperty("fullName").GetString()!, worker.GetProperty("occupationId").GetInt32(),
            $"{worker.GetProperty("occupationCode").GetString()} {worker.GetProperty("occupationName").GetString()}",
            progress.GetProperty("nextLevel").GetProperty("levelRank").GetInt32(),
            mentor.Id, mentor.Name, await AccountAsync("mentor", mentor), trainees[0].Name, await AccountAsync("trainee", trainees[0]), trainees[1].Name);
    }

    /// <summary>A new policy version from today: the one in force, plus two routes to the worker's next level in their occupation.</summary>
    private static async Task TrainingAndApprenticeshipRouteAsync(RunningApp app, People people)
    {
        using var admin = await DemoApi.SignInAsync(app, "admin");
        var number = (await admin.GetAsync("/api/ladder/policies")).EnumerateArray().Single(p => p.GetProperty("inForce").GetBoolean())
            .GetProperty("number").GetInt32();
        var policy = await admin.GetAsync($"/api/ladder/policies/{number}");
        var routes = policy.GetProperty("routes").EnumerateArray().Select(r => (object)r).ToList();
        routes.Add(new { targetLevelRank = people.NextLevelRank, occupationId = people.OccupationId, trainingHours = 40, trainingWithinYears = 3, apprenticeshipCompleted = true });
        routes.Add(new { targetLevelRank = people.NextLevelRank, occupationId = people.OccupationId, apprenticesMentored = 1, mentoringWithinYears = 5 });
        await admin.SendAsync(HttpMethod.Post, "/api/ladder/policies", new
        {
            effectiveFrom = app.Today.ToString("yyyy-MM-dd"), tier1MinLevelRank = policy.GetProperty("tier1MinLevelRank").GetInt32(),
            tier2MinLevelRank = policy.GetProperty("tier2MinLevelRank").GetInt32(), note = "化工总控工：培训学时与师带徒条件", routes,
        });
    }

    /// <summary>The federation's training manager (the organizer account) sets up the programme on the form.</summary>
    private async Task<int> CreateProgrammeAsync(RunningApp app, People people)
    {
        await using var manager = await Journey.StartAsync(fixture, "growth-programme");
        await manager.SignInAsync("organizer", app.Passwords["organizer"]);
        var page = manager.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "技能提升" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "技能培训" }).ClickAsync();
        await page.GetByTestId("new-programme").ClickAsync();
        await page.GetByLabel("项目名称", new() { Exact = true }).FillAsync(ProgrammeTitle);
        await page.Locator("#Command_OccupationId").SelectOptionAsync(new SelectOptionValue { Label = people.Occupation });
        await page.Locator("#Command_TargetTier").SelectOptionAsync("SkilledWorker");
        await page.GetByLabel("培训机构", new() { Exact = true }).FillAsync("市高技能人才公共实训基地");
        await page.GetByLabel("学时", new() { Exact = true }).FillAsync("40");
        await page.GetByLabel("考核方式", new() { Exact = true }).FillAsync("理论考试与实操考核");
        await page.GetByLabel("名额", new() { Exact = true }).FillAsync("30");
        await page.GetByLabel("开班日期", new() { Exact = true }).FillAsync(app.Today.AddDays(1).ToString("yyyy-MM-dd"));
        await page.GetByLabel("结束日期", new() { Exact = true }).FillAsync(app.Today.AddDays(5).ToString("yyyy-MM-dd"));
        await page.GetByLabel("费用（元/人）", new() { Exact = true }).FillAsync("1200");
        await page.GetByLabel("工会补贴（元/人）", new() { Exact = true }).FillAsync("600");
        await page.GetByLabel("经认定（学时计入晋级条件）", new() { Exact = true }).CheckAsync();
        await manager.ShotAsync("new-programme");
        await page.GetByTestId("save-programme").ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/Training/Details/\d+$"));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("（须出勤 32 学时）");
        manager.AssertClean();
        return int.Parse(page.Url.Split('/').Last());
    }

    /// <summary>HR finds each worker by name on the programme's page and enrols them; the worker sees it on a phone.</summary>
    private async Task EnrolThreeAsync(RunningApp app, int programmeId, People people)
    {
        await using var hr = await Journey.StartAsync(fixture, "growth-enrolment");
        await hr.SignInAsync("hr", app.Passwords["hr"]);
        foreach (var name in new[] { people.WorkerName, people.Trainee1Name, people.Trainee2Name })
        {
            await hr.Page.GotoAsync($"/Training/Details/{programmeId}?find={Uri.EscapeDataString(name)}");
            var candidate = hr.Page.GetByTestId("candidates").Locator("li").Filter(new() { HasTextRegex = Named(name) });
            await candidate.GetByRole(AriaRole.Button, new() { Name = "报名" }).ClickAsync();
            await Assertions.Expect(hr.Page.GetByTestId("enrolment").Filter(new() { HasTextRegex = Named(name) })).ToContainTextAsync("已报名");
        }
        await Assertions.Expect(hr.Page.GetByTestId("enrolled")).ToHaveTextAsync("3 / 30");
        await hr.ShotAsync("three-enrolled");
        hr.AssertClean();

        await using var worker = await Journey.StartAsync(fixture, "growth-worker-training", Phone);
        await worker.SignInAsync("worker", app.Passwords["worker"]);
        await worker.Page.GetByRole(AriaRole.Link, new() { Name = "技能提升" }).ClickAsync();
        await worker.Page.GetByRole(AriaRole.Link, new() { Name = "技能培训" }).ClickAsync();
        await FitsThePhoneAsync(worker);
        await worker.Page.GetByRole(AriaRole.Link, new() { Name = ProgrammeTitle }).ClickAsync();
        await Assertions.Expect(worker.Page.GetByTestId("enrolment")).ToHaveCountAsync(1); // only their own
        await Assertions.Expect(worker.Page.GetByTestId("enrolment")).ToContainTextAsync("已报名");
        await FitsThePhoneAsync(worker);
        await worker.ShotAsync("enrolled-on-a-phone");
        worker.AssertClean();
    }

    /// <summary>A list line or table row that starts with this person's name (not one whose name merely contains it).</summary>
    private static Regex Named(string name) => new($@"^\s*{Regex.Escape(name)}\s");
}
