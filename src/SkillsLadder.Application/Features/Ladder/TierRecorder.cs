using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Pay;
using SkillsLadder.Data;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Features.Ladder;

/// <summary>
/// Re-evaluates workers and records any tier that changed (on the worker, as a dated tier change and as a message to
/// the worker), then lets their pay grade follow under the agreement in force (issue 7). Used after a conferral,
/// promotion or certificate, by the honour-expiry job and by the nightly sweep. It reads facts from the database, so
/// the caller saves the change that caused it first; it saves its own writes inside the caller's transaction.
/// </summary>
public static class TierRecorder
{
    public static async Task<int> ReevaluateAsync(this SkillsLadderDbContext db, IReadOnlyCollection<int> workerIds, DateOnly today,
        string reason, DateTime now, CancellationToken ct)
    {
        if (workerIds.Count == 0) return 0;
        var policy = await db.PolicyInForceAsync(today, ct);
        var top = await db.TopLevelRankAsync(ct);
        var facts = await db.ReadFactsAsync(workerIds, ct);
        // Most nights almost nobody moves: compare with the recorded tier untracked, and load (track, save) only the movers.
        // Pay still follows for everyone asked: a level change may move the grade without moving the tier.
        var recorded = await db.Workers.AsNoTracking().WhereWorkerIn(w => w.Id, workerIds).Select(w => new { w.Id, w.Tier }).ToListAsync(ct);
        var moving = recorded.Where(w => facts.ContainsKey(w.Id)).Select(w => (w.Id, w.Tier, New: LadderEvaluator.Evaluate(facts[w.Id], policy, top, today).Tier))
            .Where(w => w.New != w.Tier).ToDictionary(w => w.Id, w => w.New);
        var movingIds = moving.Keys.ToList();
        var workers = movingIds.Count == 0 ? [] : await db.Workers.Where(w => movingIds.Contains(w.Id)).ToListAsync(ct);
        var changed = 0;
        foreach (var worker in workers)
        {
            var change = worker.MoveToTier(moving[worker.Id], today, reason);
            if (change is null) continue;
            db.WorkerTierChanges.Add(change);
            db.WorkerMessages.Add(new WorkerMessage(worker.Id, WorkerMessageKind.TierChanged,
                $"您的人才层级已由“{TierNames.Zh(change.FromTier)}”变为“{TierNames.Zh(change.ToTier)}”（{reason}）。", now));
            changed++;
        }
        await db.SaveChangesAsync(ct);
        await db.FollowChangesAsync(workerIds, today, reason, ct);
        await db.SaveChangesAsync(ct);
        return changed;
    }
}

public static class TierNames
{
    public static string Zh(TalentTier tier) => tier switch
    {
        TalentTier.SkilledWorker => "技能人才",
        TalentTier.HighSkilledWorker => "高技能人才",
        TalentTier.Craftsman => "工匠人才",
        _ => "未评定",
    };

    public static string En(TalentTier tier) => tier switch
    {
        TalentTier.SkilledWorker => "Skilled worker",
        TalentTier.HighSkilledWorker => "High-skilled worker",
        TalentTier.Craftsman => "Craftsman",
        _ => "Not yet rated",
    };
}
