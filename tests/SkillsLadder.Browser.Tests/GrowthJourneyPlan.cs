using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SkillsLadder.Browser.Tests;

/// <summary>The roster and results, and the master–apprentice plan, each party on their own account.</summary>
public sealed partial class GrowthJourney
{
    /// <summary>The manager keeps the roster (a mistyped cell refuses the sheet first) and records the three results.</summary>
    private async Task RosterAndResultsAsync(RunningApp app, int programmeId, People people)
    {
        await using var manager = await Journey.StartAsync(fixture, "growth-roster");
        await manager.SignInAsync("organizer", app.Passwords["organizer"]);
        var page = manager.Page;
        await page.GotoAsync($"/Training/Details/{programmeId}");
        await page.GetByTestId("roster-link").ClickAsync();
        var days = Enumerable.Range(1, 5).Select(d => app.Today.AddDays(d - 6)).ToList(); // D1–D5, yesterday the last
        var hours = new[] { (people.WorkerName, "8 8 8 8 8"), (people.Trainee1Name, "8 8 8 8 0"), (people.Trainee2Name, "8 8 8 8.25 0") };
        foreach (var (name, row) in hours)
            foreach (var (day, value) in days.Zip(row.Split(' ')))
                await page.GetByLabel($"{name} {day:yyyy-MM-dd} 学时", new() { Exact = true }).FillAsync(value);
        await page.GetByTestId("save-roster").ClickAsync();
        await Assertions.Expect(page.GetByTestId("roster-errors"))
            .ToContainTextAsync($"{people.Trainee2Name} {days[3]:yyyy-MM-dd}：学时“8.25”无效，应为数字，最多一位小数。");
        await manager.ShotAsync("roster-refused");
        await page.GetByLabel($"{people.Trainee2Name} {days[3]:yyyy-MM-dd} 学时", new() { Exact = true }).FillAsync("4");
        await page.GetByTestId("save-roster").ClickAsync();
        await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("考勤已保存。");
        foreach (var (name, total) in new[] { (people.WorkerName, "40"), (people.Trainee1Name, "32"), (people.Trainee2Name, "28") })
            await Assertions.Expect(page.GetByTestId("roster-row").Filter(new() { HasTextRegex = Named(name) }).Locator("td.num")).ToHaveTextAsync(total);
        await manager.ShotAsync("roster-saved");

        await page.GotoAsync($"/Training/Details/{programmeId}");
        foreach (var (name, score) in new[] { (people.WorkerName, "92"), (people.Trainee1Name, "85"), (people.Trainee2Name, "90") })
        {
            var row = page.GetByTestId("enrolment").Filter(new() { HasTextRegex = Named(name) });
            await row.Locator("select[name='Result.Passed']").SelectOptionAsync("true");
            await row.Locator("input[name='Result.Score']").FillAsync(score);
            await row.GetByRole(AriaRole.Button, new() { Name = "记录结果" }).ClickAsync();
            await Assertions.Expect(page.Locator(".flash")).ToContainTextAsync("考核结果已记录。");
        }
        var prefix = $"PX{app.Today.Year}{programmeId:D5}";
        foreach (var (name, status, result) in new[]
                 {
                     (people.WorkerName, "已结业", $"结业证书 {prefix}0001"), (people.Trainee1Name, "已结业", $"结业证书 {prefix}0002"),
                     (people.Trainee2Name, "未通过", "出勤 28 学时，不足要求的 32 学时"),
                 })
        {
            await Assertions.Expect(Row(page, name).Locator(".badge")).ToHaveTextAsync(status);
            await Assertions.Expect(Row(page, name)).ToContainTextAsync(result);
        }
        await manager.ShotAsync("results");
        manager.AssertClean();
    }

    private static ILocator Row(IPage page, string name) => page.GetByTestId("enrolment").Filter(new() { HasTextRegex = Named(name) });

    /// <summary>HR writes the plan and signs for the enterprise; the mentor signs at a desk, the apprentice on a phone.</summary>
    private async Task<int> SignThePlanAsync(RunningApp app, People people)
    {
        await using var hr = await Journey.StartAsync(fixture, "growth-plan");
        await hr.SignInAsync("hr", app.Passwords["hr"]);
        var page = hr.Page;
        await page.GotoAsync("/Mentoring/Index");
        await page.GetByTestId("new-pair").ClickAsync();
        // One search per person: the mentor chosen after the first stays chosen through the second.
        foreach (var (name, select, id) in new[] { (people.MentorName, "mentor", people.Mentor), (people.WorkerName, "apprentice", people.Worker) })
        {
            await page.Locator("input[name=find]").FillAsync(name);
            await page.GetByTestId("find").ClickAsync();
            await page.GetByTestId(select).SelectOptionAsync(id.ToString());
        }
        await Assertions.Expect(page.GetByTestId("mentor")).ToHaveValueAsync(people.Mentor.ToString());
        await page.GetByLabel("培养计划（目标、内容和方式）").FillAsync("三个月内掌握装置开停车、工艺参数调整和常见异常工况处理，达到中级工操作水平。师傅每周现场指导不少于两次。");
        await page.GetByLabel("开始日期").FillAsync(app.Today.ToString("yyyy-MM-dd"));
        await page.GetByLabel("结束日期").FillAsync(app.Today.AddMonths(3).ToString("yyyy-MM-dd"));
        await page.Locator("textarea[name=MilestoneLines]").FillAsync(
            $"{app.Today.AddMonths(1):yyyy-MM-dd} 独立完成装置开停车\n{app.Today.AddMonths(3):yyyy-MM-dd} 独立处理常见异常工况");
        await hr.ShotAsync("plan-form");
        await page.GetByTestId("create-pair").ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/Mentoring/Details/\d+$"));
        var pairId = int.Parse(page.Url.Split('/').Last());
        await Assertions.Expect(page.GetByTestId("status")).ToHaveTextAsync("待签订");
        await page.GetByTestId("sign-Enterprise").ClickAsync();
        await Assertions.Expect(page.GetByTestId("sign-Enterprise")).ToHaveCountAsync(0);
        hr.AssertClean();

        await using (var mentor = await Journey.StartAsync(fixture, "growth-mentor-signs"))
        {
            await mentor.SignInAsync("mentor", people.MentorPassword);
            await mentor.Page.GetByRole(AriaRole.Link, new() { Name = "技能提升" }).ClickAsync();
            await mentor.Page.GetByRole(AriaRole.Link, new() { Name = "师带徒" }).ClickAsync();
            await mentor.Page.GetByRole(AriaRole.Link, new() { Name = people.WorkerName }).ClickAsync();
            await Assertions.Expect(mentor.Page.GetByTestId("sign-Apprentice")).ToHaveCountAsync(0); // nobody signs for another
            await mentor.Page.GetByTestId("sign-Mentor").ClickAsync();
            await Assertions.Expect(mentor.Page.GetByTestId("status")).ToHaveTextAsync("待签订");
            mentor.AssertClean();
        }

        await using var apprentice = await Journey.StartAsync(fixture, "growth-apprentice-signs", Phone);
        await apprentice.SignInAsync("worker", app.Passwords["worker"]);
        await apprentice.Page.GotoAsync($"/Mentoring/Details/{pairId}");
        await apprentice.Page.GetByTestId("sign-Apprentice").ClickAsync();
        await Assertions.Expect(apprentice.Page.GetByTestId("status")).ToHaveTextAsync("带徒中");
        await FitsThePhoneAsync(apprentice);
        await apprentice.ShotAsync("plan-signed-by-all-three");
        apprentice.AssertClean();
        return pairId;
    }

    /// <summary>Each party signs off both milestones as themself; HR then completes the pair.</summary>
    private async Task MilestonesAndCompletionAsync(RunningApp app, int pairId, People people)
    {
        foreach (var (user, password, party, viewport) in new[]
                 {
                     ("mentor", people.MentorPassword, "Mentor", (ViewportSize?)null), ("worker", app.Passwords["worker"], "Apprentice", Phone),
                     ("hr", app.Passwords["hr"], "Enterprise", null),
                 })
        {
            await using var journey = await Journey.StartAsync(fixture, $"growth-signoff-{user}", viewport);
            await journey.SignInAsync(user, password);
            await journey.Page.GotoAsync($"/Mentoring/Details/{pairId}");
            foreach (var number in new[] { 1, 2 })
            {
                await journey.Page.GetByTestId($"signoff-{number}-{party}").ClickAsync();
                await Assertions.Expect(journey.Page.GetByTestId($"signoff-{number}-{party}")).ToHaveCountAsync(0);
            }
            if (party == "Enterprise")
            {
                await Assertions.Expect(journey.Page.GetByTestId("milestone").Locator(".ok")).ToHaveCountAsync(2);
                await journey.Page.GetByTestId("complete").ClickAsync();
                await Assertions.Expect(journey.Page.GetByTestId("status")).ToHaveTextAsync("已出师");
                await Assertions.Expect(journey.Page.GetByTestId("levels-gained")).ToHaveTextAsync("0");
            }
            if (viewport is not null) await FitsThePhoneAsync(journey);
            await journey.ShotAsync("milestones-signed-off");
            journey.AssertClean();
        }
    }
}
