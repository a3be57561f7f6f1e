using Microsoft.Playwright;

namespace SkillsLadder.Browser.Tests;

/// <summary>
/// Issue 9's journey: enterprise HR enrols three of its workers in an approved programme, the programme's manager keeps
/// the roster and records the results; a mentor, an apprentice (the demo worker) and HR sign a plan, sign off its
/// milestones and complete it; the worker takes an online practice round on a phone and finds their place on the board
/// after the ranking job publishes it; and the worker's ladder page turns the new evidence into a met route.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class GrowthJourney(BrowserFixture fixture)
{
    // Training: 40 hours over five days (D1–D5, 8 a day); 80 % rounded up = 32 hours to be assessed.
    //   the worker  8+8+8+8+8 = 40 ≥ 32, passes (92)  → completed, certificate PX{year}{id:D5}0001
    //   trainee 1   8+8+8+8+0 = 32 ≥ 32, passes (85)  → completed exactly at the line, certificate …0002
    //   trainee 2   8+8+8+4+0 = 28 < 32, passes (90)  → 未通过: "出勤 28 学时，不足要求的 32 学时", no certificate
    // Ladder: the worker's next level, for their occupation, gets two routes: (A) 40 approved hours within 3 years and a
    //   completed apprenticeship, (B) one apprentice raised a level within 5 years. Before: A shows 0 hours and "尚未完成";
    //   after the course (40 hours) and the completed pair, A is met; B stays at 0 (the apprentice gained no level).
    // Practice: 5 questions, 2+2+3+1+2 = 10 points. Mentor all right 10; worker misses the multiple choice (AB for ABC)
    //   2+2+1+2 = 7; trainee 1 right on Q1 and Q4 only = 3. People: mentor 1st, worker 2nd of 3. The one enterprise
    //   averages (10+7+3)/3 = 6.666… → 6.67.
    private const string ProgrammeTitle = "化工总控工（中级）操作技能提升培训班";
    private const string RoundTitle = "化工总控工安全操作网上练兵（第一期）";
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Journey]
    public async Task Three_trainees_a_signed_apprenticeship_and_a_practice_round_count_on_the_workers_ladder()
    {
        var app = fixture.App;
        var people = await PeopleAsync(app);
        var start = app.ClockOffsetDays;
        await TrainingAndApprenticeshipRouteAsync(app, people);

        await using (var before = await Journey.StartAsync(fixture, "growth-ladder-before", Phone))
        {
            await before.SignInAsync("worker", app.Passwords["worker"]);
            await before.Page.GetByRole(AriaRole.Link, new() { Name = "我的档案" }).ClickAsync();
            await ExpectRequirementAsync(before.Page, "TrainingHours", false, "近 3 年完成经认定的培训 40 学时：已有 0 学时");
            await ExpectRequirementAsync(before.Page, "ApprenticeshipCompleted", false, "以徒弟身份完成师带徒培养：尚未完成");
            await ExpectRequirementAsync(before.Page, "ApprenticesMentored", false, "近 5 年带徒 1 人且徒弟晋升至少一级：已有 0 人");
            await before.ShotAsync("routes-not-yet-met");
            before.AssertClean();
        }

        var programmeId = await CreateProgrammeAsync(app, people);
        await EnrolThreeAsync(app, programmeId, people);
        var pairId = await SignThePlanAsync(app, people);

        // The class runs D1–D5; the day after, the roster is kept and the results recorded (sessions end on the way).
        await app.MoveClockAsync(start + 6);
        await RosterAndResultsAsync(app, programmeId, people);
        await MilestonesAndCompletionAsync(app, pairId, people);
        await PracticeRoundAsync(app, people);

        await using var after = await Journey.StartAsync(fixture, "growth-ladder-after", Phone);
        await after.SignInAsync("worker", app.Passwords["worker"]);
        await after.Page.GetByRole(AriaRole.Link, new() { Name = "我的档案" }).ClickAsync();
        await ExpectRequirementAsync(after.Page, "TrainingHours", true, "近 3 年完成经认定的培训 40 学时：已有 40 学时");
        await ExpectRequirementAsync(after.Page, "ApprenticeshipCompleted", true, "以徒弟身份完成师带徒培养：已完成");
        await ExpectRequirementAsync(after.Page, "ApprenticesMentored", false, "近 5 年带徒 1 人且徒弟晋升至少一级：已有 0 人");
        await Assertions.Expect(after.Page.GetByTestId("qualifies").First).ToHaveTextAsync("已满足条件，可申报。");
        var timeline = after.Page.GetByTestId("timeline");
        await Assertions.Expect(timeline).ToContainTextAsync($"培训结业：{ProgrammeTitle}（40 学时）");
        await Assertions.Expect(timeline).ToContainTextAsync($"学徒结业：师傅{people.MentorName}");
        await Assertions.Expect(timeline).ToContainTextAsync($"网上练兵：{RoundTitle}（7/10 分）");
        await FitsThePhoneAsync(after);
        await after.ShotAsync("routes-met-on-a-phone");
        after.AssertClean();
    }

    /// <summary>The requirement of that kind on the next level's card: its mark and its exact sentence.</summary>
    private static async Task ExpectRequirementAsync(IPage page, string kind, bool met, string text)
    {
        var item = page.Locator($"ul.requirements li[data-kind={kind}]").First;
        await Assertions.Expect(item).ToHaveClassAsync(met ? "met" : "unmet");
        await Assertions.Expect(item).ToContainTextAsync((met ? "✓ " : "✗ ") + text);
    }

    /// <summary>A page used by workers must not scroll sideways on a 390 px phone.</summary>
    private static async Task FitsThePhoneAsync(Journey journey)
    {
        var widths = await journey.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        widths[0].ShouldBeLessThanOrEqualTo(widths[1], $"{journey.Page.Url} is {widths[0]} px wide on a {widths[1]} px phone");
    }
}
