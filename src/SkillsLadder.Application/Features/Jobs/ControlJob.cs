using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Jobs;

public enum JobAction
{
    Run,
    Pause,
    Resume,
}

/// <summary>
/// An admin's lever on one job: run it once now, pause or resume a recurring job. Not an ICommand: it writes nothing of
/// ours, only the engine's own storage, which the engine keeps consistent itself.
/// </summary>
public sealed record ControlJobCommand(string Group, string Name, JobAction Action) : IRequest<Unit>;

public sealed class ControlJobHandler(SkillsLadderDbContext db, IJobControl jobs, IStandingsScheduler standings,
    Practice.IPracticeScheduler practice, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ControlJobCommand, Unit>
{
    public async Task<Unit> Handle(ControlJobCommand request, CancellationToken cancellationToken)
    {
        if (!user.IsAdmin()) throw new ForbiddenException("只有管理员可以操作后台任务。");
        if (request.Action != JobAction.Run && request.Group == JobNames.RankingGroup)
            throw new ConflictException("job_not_recurring", "排名任务按需运行，不能暂停或恢复；只有定时任务可以暂停。");
        var found = request.Action switch
        {
            JobAction.Run => await RunAsync(request, cancellationToken),
            JobAction.Pause => await jobs.PauseAsync(request.Group, request.Name, cancellationToken),
            _ => await jobs.ResumeAsync(request.Group, request.Name, cancellationToken),
        };
        if (!found) throw new NotFoundException("Job", $"{request.Group}/{request.Name}");
        // The engine's storage is not ours to audit, so the lever itself is recorded: who ran, paused or resumed which job.
        AuditLog.Record(db, user, clock, $"Job{request.Action}", "Job", $"{request.Group}/{request.Name}", new { request.Group, request.Name });
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    /// <summary>
    /// A recurring job runs once now; a competition's (campaign's, practice round's) ranking gets a run now, or its
    /// waiting run is moved forward. A practice round already on a published board gets no second one from this (the command refuses).
    /// </summary>
    private async Task<bool> RunAsync(ControlJobCommand request, CancellationToken ct)
    {
        if (await jobs.RunNowAsync(request.Group, request.Name, ct)) return true;
        if (!jobs.Enabled) return false;
        if (JobNames.CompetitionOf(request.Group, request.Name) is { } competitionId && await db.Competitions.AnyAsync(c => c.Id == competitionId, ct))
        {
            await standings.RequestNowAsync([competitionId], ct);
            return true;
        }
        if (JobNames.CampaignOf(request.Group, request.Name) is { } campaignId && await db.Campaigns.AnyAsync(c => c.Id == campaignId, ct))
        {
            await standings.RequestCampaignsNowAsync([campaignId], ct);
            return true;
        }
        if (Practice.PracticeJobNames.RoundOf(request.Group, request.Name) is { } roundId && await db.PracticeRounds.AnyAsync(r => r.Id == roundId, ct))
        {
            await practice.RankNowAsync([roundId], ct);
            return true;
        }
        return false;
    }
}

/// <summary>The names the engine and the pages share: a ranking job per competition and per labour campaign, one sweep, the ladder's daily jobs.</summary>
public static class JobNames
{
    public const string RankingGroup = "ranking";
    public const string MaintenanceGroup = "maintenance";
    public const string SweepName = "standings-sweep";
    /// <summary>The talent ladder's daily jobs: the whole-city re-evaluation and the honour expiry run.</summary>
    public const string LadderGroup = "ladder";
    public const string LadderReevaluationName = "ladder-reevaluation";
    public const string HonourExpiryName = "honour-expiry";
    /// <summary>Daily deadlines outside the ladder: notice periods that ended (conferral) and wage agreements that expired.</summary>
    public const string DeadlinesGroup = "deadlines";
    public const string NoticeEndName = "notice-end";
    public const string AgreementExpiryName = "agreement-expiry";
    private const string CompetitionPrefix = "competition-";
    private const string CampaignPrefix = "campaign-";

    public static string Competition(int competitionId) => CompetitionPrefix + competitionId;

    public static int? CompetitionOf(string group, string name) =>
        group == RankingGroup && name.StartsWith(CompetitionPrefix, StringComparison.Ordinal)
        && int.TryParse(name.AsSpan(CompetitionPrefix.Length), out var id) && id > 0 ? id : null;

    public static string Campaign(int campaignId) => CampaignPrefix + campaignId;

    public static int? CampaignOf(string group, string name) =>
        group == RankingGroup && name.StartsWith(CampaignPrefix, StringComparison.Ordinal)
        && int.TryParse(name.AsSpan(CampaignPrefix.Length), out var id) && id > 0 ? id : null;
}
