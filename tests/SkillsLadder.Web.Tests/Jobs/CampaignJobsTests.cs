using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Jobs;
using SkillsLadder.Data.Jobs;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Labour;
using Xunit.Abstractions;

namespace SkillsLadder.Web.Tests.Jobs;

/// <summary>
/// Labour campaigns on the same job engine as competitions: an assessment change is ranked by the campaign's own job
/// (the real command, not a probe), a burst of changes coalesces into a handful of runs, and the sweep ranks a demand
/// whose schedule was lost. The campaign is <see cref="CampaignStandingsData"/>'s; its month-3 assessment of 一班组 is
/// the one changed (scheme v2: S+7 → 107 × 50% + 100 × 50% = 103.50).
/// </summary>
public sealed class CampaignJobsTests(ITestOutputHelper output)
{

    /// <summary>The campaign straight into the database, its demands cleared so the engine starts with nothing to do.</summary>
    private static async Task<CampaignStandingsData.Built> CampaignAsync(TestDatabase database, bool keepDemands = false)
    {
        await using var db = database.CreateContext();
        var industry = new Domain.Organisations.Industry("E48", "土木工程建筑业");
        var occupation = new Domain.Organisations.Occupation("6-29-01-02", "钢筋工");
        db.AddRange(industry, occupation);
        await db.SaveChangesAsync();
        var enterprise = new Domain.Organisations.Enterprise("杭州城建工程有限公司", TestData.CreditCode(300), industry.Id, "上城区", null);
        db.Add(enterprise);
        await db.SaveChangesAsync();
        var built = await CampaignStandingsData.CreateAsync(db, enterprise.Id, occupation.Id);
        if (!keepDemands) await db.CampaignStandingsDemands.ExecuteDeleteAsync();
        return built;
    }

    public static async Task<int> OpenAssessmentAsync(TestDatabase database, CampaignStandingsData.Built campaign)
    {
        await using var db = database.CreateContext();
        return await db.PeriodAssessments.Where(a => a.PeriodId == campaign.PeriodIds[2] && a.ParticipantId == campaign.Participants["一班组"])
            .Select(a => a.Id).SingleAsync();
    }

    private static async Task<int?> MonthThreeTotalAsync(TestDatabase database, CampaignStandingsData.Built campaign)
    {
        await using var db = database.CreateContext();
        var newest = await db.CampaignStandings.Where(s => s.CampaignId == campaign.CampaignId).OrderByDescending(s => s.Number).Select(s => (int?)s.Id).FirstOrDefaultAsync();
        return await db.CampaignStandingsRows.Where(r => r.SnapshotId == newest && r.PeriodId == campaign.PeriodIds[2] && r.ParticipantId == campaign.Participants["一班组"])
            .Select(r => (int?)r.Total).SingleOrDefaultAsync();
    }

    [Theory, SqliteData, PostgreSqlData]
    public async Task An_assessment_change_is_ranked_by_the_campaign_job_and_a_burst_of_changes_coalesces(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var campaign = await CampaignAsync(database);
        var assessment = await OpenAssessmentAsync(database, campaign);
        await using var app = await new JobsApp(database, "node-a", JobsApp.Fast(("Jobs:RankingDelay", "00:00:01"))).StartQuietAsync();

        const int changes = 40;
        for (var i = 1; i <= changes; i++) await app.SendAsync(new RecordScheduleDaysCommand(assessment, i == changes ? 7 : i % 5));
        var lastCommit = DateTime.UtcNow;

        var name = JobNames.Campaign(campaign.CampaignId);
        var control = app.Services.GetRequiredService<IJobControl>();
        await JobsData.WaitUntilAsync(async () =>
        {
            var job = (await control.ListAsync(CancellationToken.None)).SingleOrDefault(j => j.Name == name);
            var history = await JobsData.RunsAsync(database);
            return job is { State: "Idle" } && history.Count > 0 && history.All(r => r.Outcome == JobOutcome.Succeeded)
                && history.Any(r => r.StartedAt > lastCommit) && await MonthThreeTotalAsync(database, campaign) == 10350;
        }, JobsData.Patience, "the burst to be ranked by the campaign job, including its last change");

        var runs = await JobsData.RunsAsync(database);
        output.WriteLine($"{provider}: {changes} assessment changes → {runs.Count} campaign ranking runs");
        runs.Count.ShouldBeInRange(1, 15);
        runs.ShouldAllBe(r => r.JobName == name && r.Subject == campaign.CampaignId.ToString() && r.Node == "node-a");
        var job = (await control.ListAsync(CancellationToken.None)).Single(j => j.Name == name);
        (job.Group, job.Recurring, job.Schedule).ShouldBe((JobNames.RankingGroup, false, "按需"));
        await using var db = database.CreateContext();
        (await db.CampaignStandingsDemands.CountAsync()).ShouldBe(0);
        (await db.CampaignStandings.CountAsync()).ShouldBeLessThanOrEqualTo(runs.Count);
        app.Probe.Runs.ShouldBeEmpty(); // no competition was ranked
    }

    [Theory, SqliteData, PostgreSqlData]
    public async Task The_sweep_ranks_a_campaign_whose_schedule_was_lost(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        // Written straight to the database: the demands are there, no trigger was ever stored.
        var campaign = await CampaignAsync(database, keepDemands: true);
        await using var app = new JobsApp(database, "node-a", JobsApp.Fast(("Jobs:SweepInterval", "00:00:01"))).Start();

        await JobsData.WaitUntilAsync(async () => await MonthThreeTotalAsync(database, campaign) == 10100
                && (await JobsData.RunsAsync(database)).Any(r => r.JobName == JobNames.Campaign(campaign.CampaignId) && r.Outcome == JobOutcome.Succeeded),
            JobsData.Patience, "the sweep to have the campaign ranked");
        await using var db = database.CreateContext();
        (await db.CampaignStandings.Select(s => s.Number).ToListAsync()).ShouldBe([1]);
    }
}

/// <summary>An organizer's correction of an open period, as the entry page makes it: reopen, record the schedule days, submit.</summary>
public sealed record RecordScheduleDaysCommand(int AssessmentId, int Days) : ICommand<Unit>;

public sealed class RecordScheduleDaysHandler(SkillsLadderDbContext db) : IRequestHandler<RecordScheduleDaysCommand, Unit>
{
    public async Task<Unit> Handle(RecordScheduleDaysCommand request, CancellationToken cancellationToken)
    {
        var assessment = await db.PeriodAssessments.Include(a => a.Values).Include(a => a.Counts)
            .SingleAsync(a => a.Id == request.AssessmentId, cancellationToken);
        var scheme = await db.IndicatorSchemes.Include(s => s.Indicators).ThenInclude(i => i.Events)
            .SingleAsync(s => s.Id == assessment.SchemeId, cancellationToken);
        var now = DateTime.UtcNow;
        assessment.Reopen("organizer", now, "更正工期");
        assessment.Record([new AssessmentValueInput(scheme.Indicators.Single(i => i.Code == "S"), new Mark(request.Days * 100))], [], "organizer", now);
        assessment.Submit(scheme, "organizer", now);
        return Unit.Value;
    }
}
