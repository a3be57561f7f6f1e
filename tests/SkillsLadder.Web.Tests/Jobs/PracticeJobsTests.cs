using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkillsLadder.Application.Features.Jobs;
using SkillsLadder.Application.Features.Practice;
using SkillsLadder.Data.Jobs;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Web.Tests.Jobs;

/// <summary>
/// Practice rounds on the ranking engine: the round's own job ("ranking"/"practice-{id}") fires when scheduled and
/// writes the board with the real command; the sweep ranks a closed round whose schedule was lost.
/// </summary>
public sealed class PracticeJobsTests
{

    /// <summary>A round that closed a minute ago (past the hand-in grace), with one worker's hand-in of 2 points.</summary>
    private static async Task<int> ClosedRoundAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var industry = new Domain.Organisations.Industry("C34", "通用设备制造业");
        var occupation = new Domain.Organisations.Occupation("6-18-01-01", "车工");
        db.AddRange(industry, occupation);
        await db.SaveChangesAsync();
        var enterprise = new Domain.Organisations.Enterprise("杭州恒达精密机械有限公司", TestData.CreditCode(301), industry.Id, "滨江区", null);
        var bank = new QuestionBank("车工题库", occupation.Id, DateTime.UtcNow);
        bank.Add([new PracticeQuestion(QuestionKind.MultipleChoice, "切削用量三要素包括：", ["切削速度", "进给量", "背吃刀量"], "ABC", 2)]);
        db.AddRange(enterprise, bank);
        await db.SaveChangesAsync();
        var worker = new Domain.People.Worker("练兵一", TestData.IdNumber(new DateOnly(1990, 1, 1), 1), enterprise.Id, occupation.Id, new DateOnly(2015, 1, 1), true);
        var opens = DateTime.UtcNow.AddHours(-2);
        var round = new PracticeRound(bank.Id, "车工练兵", opens, DateTime.UtcNow.AddMinutes(-1), 20, 1, 1, 5);
        db.AddRange(worker, round);
        await db.SaveChangesAsync();
        var attempt = new PracticeAttempt(round.Id, worker.Id, enterprise.Id, industry.Id, [bank.Questions.Single().Id], opens, opens.AddMinutes(20));
        attempt.HandIn(bank.Questions.ToList(), ["CBA"], opens.AddMinutes(3));
        db.Add(attempt);
        await db.SaveChangesAsync();
        return round.Id;
    }

    private static async Task<List<int>> BoardsAsync(TestDatabase database, int roundId)
    {
        await using var db = database.CreateContext();
        return await db.PracticeBoards.Where(b => b.RoundId == roundId).OrderBy(b => b.Number).Select(b => b.Participants).ToListAsync();
    }

    [Theory, SqliteData, PostgreSqlData]
    public async Task The_round_job_fires_when_scheduled_and_publishes_the_board(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = await new JobsApp(database, "node-a").StartQuietAsync();
        var roundId = await ClosedRoundAsync(database);

        await app.Services.GetRequiredService<IPracticeScheduler>().RankAtAsync(roundId, DateTime.UtcNow.AddSeconds(1), CancellationToken.None);

        await JobsData.WaitUntilAsync(async () => (await BoardsAsync(database, roundId)).Count == 1
            && (await JobsData.RunsAsync(database)).Any(r => r.JobName == PracticeJobNames.Round(roundId) && r.Outcome == JobOutcome.Succeeded),
            JobsData.Patience, "the practice job to publish the board");
        (await BoardsAsync(database, roundId)).ShouldBe([1]);
        var job = (await app.Services.GetRequiredService<IJobControl>().ListAsync(CancellationToken.None)).Single(j => j.Name == PracticeJobNames.Round(roundId));
        (job.Group, job.Recurring, job.Schedule).ShouldBe((JobNames.RankingGroup, false, "按需"));
        await using var db = database.CreateContext();
        (await db.PracticeRounds.SingleAsync(r => r.Id == roundId)).BoardPublishedAt.ShouldNotBeNull();
        (await db.PracticeBoardRows.Where(r => r.Scope == BoardScope.Person).Select(r => r.ScoreHundredths).SingleAsync()).ShouldBe(200);
    }

    [Theory, SqliteData, PostgreSqlData]
    public async Task The_sweep_ranks_a_closed_round_without_a_board(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var roundId = await ClosedRoundAsync(database); // no trigger was ever stored
        await using var app = new JobsApp(database, "node-a", JobsApp.Fast(("Jobs:SweepInterval", "00:00:01"))).Start();

        await JobsData.WaitUntilAsync(async () => (await BoardsAsync(database, roundId)).Count >= 1, JobsData.Patience, "the sweep to have the round ranked");
        // A later sweep sees the board and leaves the round alone.
        var sweeps = (await JobsData.RunsAsync(database, JobNames.MaintenanceGroup)).Count;
        await JobsData.WaitUntilAsync(async () => (await JobsData.RunsAsync(database, JobNames.MaintenanceGroup)).Count > sweeps + 1, JobsData.Patience, "two more sweeps");
        (await BoardsAsync(database, roundId)).ShouldBe([1]);
    }

    [Fact]
    public async Task An_admin_runs_a_rounds_job_now_and_its_history_names_the_round()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var roundId = await ClosedRoundAsync(database); // no trigger, no job yet: "run now" creates the run
        await using var app = await new JobsApp(database, "node-a").StartQuietAsync();
        var admin = await app.ClientAsAsync(AppRoles.Admin);

        (await admin.PostAsync($"/api/jobs/{JobNames.RankingGroup}/{PracticeJobNames.Round(roundId)}/run", null)).StatusCode
            .ShouldBe(System.Net.HttpStatusCode.Accepted);
        (await admin.PostAsync($"/api/jobs/{JobNames.RankingGroup}/{PracticeJobNames.Round(roundId + 1000)}/run", null)).StatusCode
            .ShouldBe(System.Net.HttpStatusCode.NotFound);

        await JobsData.WaitUntilAsync(async () => (await JobsData.RunsAsync(database)).Any(r => r.JobName == PracticeJobNames.Round(roundId) && r.Outcome == JobOutcome.Succeeded),
            JobsData.Patience, "the practice job to run");
        (await BoardsAsync(database, roundId)).ShouldBe([1]);
        (await JobsData.RunsAsync(database)).Where(r => r.JobName == PracticeJobNames.Round(roundId)).Select(r => r.Subject).Distinct()
            .ShouldBe([roundId.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
    }
}
