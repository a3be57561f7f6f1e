using Hangfire.Common;
using SkillsLadder.Application.Features.Jobs;
using SkillsLadder.Application.Features.Practice;

namespace SkillsLadder.Web.Jobs;

/// <summary>A job as the pages, the API and the history name it: "ranking/competition-7", "maintenance/standings-sweep".</summary>
/// <param name="Subject">What the run is about (a competition's, campaign's or practice round's id), if anything.</param>
public sealed record JobKey(string Group, string Name, int? Subject = null)
{
    /// <summary>The id of a recurring job in Hangfire, and the hash field of a ranking's waiting run.</summary>
    public string Id => $"{Group}/{Name}";
}

/// <summary>
/// The one place that maps our job names to Hangfire jobs and back, so the scheduler, the history and the jobs page
/// agree on what "ranking/competition-7" is.
/// </summary>
public static class JobCatalog
{
    public static JobKey Competition(int id) => new(JobNames.RankingGroup, JobNames.Competition(id), id);
    public static JobKey Campaign(int id) => new(JobNames.RankingGroup, JobNames.Campaign(id), id);
    public static JobKey PracticeRound(int id) => new(JobNames.RankingGroup, PracticeJobNames.Round(id), id);

    public static readonly JobKey Sweep = new(JobNames.MaintenanceGroup, JobNames.SweepName);
    public static readonly JobKey LadderReevaluation = new(JobNames.LadderGroup, JobNames.LadderReevaluationName);
    public static readonly JobKey HonourExpiry = new(JobNames.LadderGroup, JobNames.HonourExpiryName);
    public static readonly JobKey NoticeEnd = new(JobNames.DeadlinesGroup, JobNames.NoticeEndName);
    public static readonly JobKey AgreementExpiry = new(JobNames.DeadlinesGroup, JobNames.AgreementExpiryName);

    /// <summary>The Hangfire job that runs a ranking key once.</summary>
    public static Job RankingJob(JobKey key) => key switch
    {
        _ when JobNames.CompetitionOf(key.Group, key.Name) is { } id => Job.FromExpression<RankCompetitionJob>(j => j.RunAsync(id, CancellationToken.None)),
        _ when JobNames.CampaignOf(key.Group, key.Name) is { } id => Job.FromExpression<RankCampaignJob>(j => j.RunAsync(id, CancellationToken.None)),
        _ when PracticeJobNames.RoundOf(key.Group, key.Name) is { } id => Job.FromExpression<RankPracticeRoundJob>(j => j.RunAsync(id, CancellationToken.None)),
        _ => throw new ArgumentException($"{key.Id} is not a ranking job.", nameof(key)),
    };

    /// <summary>Reads a Hangfire job back as our key; null for a job that is not ours (or no longer loads).</summary>
    public static JobKey? KeyOf(Job? job)
    {
        if (job is null) return null;
        var type = job.Type;
        int Arg() => Convert.ToInt32(job.Args[0], System.Globalization.CultureInfo.InvariantCulture);
        if (type == typeof(RankCompetitionJob)) return Competition(Arg());
        if (type == typeof(RankCampaignJob)) return Campaign(Arg());
        if (type == typeof(RankPracticeRoundJob)) return PracticeRound(Arg());
        if (type == typeof(StandingsSweepJob)) return Sweep;
        if (type == typeof(LadderReevaluationJob)) return LadderReevaluation;
        if (type == typeof(HonourExpiryJob)) return HonourExpiry;
        if (type == typeof(NoticeEndJob)) return NoticeEnd;
        return type == typeof(AgreementExpiryJob) ? AgreementExpiry : null;
    }

    /// <summary>Reads a recurring job's id ("maintenance/standings-sweep") back as our key.</summary>
    public static JobKey? KeyOfRecurring(string id) => id.Split('/', 2) is [var group, var name] ? new JobKey(group, name) : null;
}
