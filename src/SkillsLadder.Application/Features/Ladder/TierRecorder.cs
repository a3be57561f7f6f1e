using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Features.Ladder;

/// <summary>
/// Re-evaluates workers and records any tier that changed (on the worker, as a dated tier change and as a message to
/// the worker). Used after a conferral or promotion, by the honour-expiry job and by the nightly sweep; the caller
/// owns the transaction and saves.
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
        var recorded = await db.Workers.AsNoTracking().WhereWorkerIn(w => w.Id, workerIds).Select(w => new { w.Id, w.Tier }).ToListAsync(ct);
        var moving = recorded.Where(w => facts.ContainsKey(w.Id)).Select(w => (w.Id, w.Tier, New: LadderEvaluator.Evaluate(facts[w.Id], policy, top, today).Tier))
            .Where(w => w.New != w.Tier).ToDictionary(w => w.Id, w => w.New);
        if (moving.Count == 0) return 0;
        var movingIds = moving.Keys.ToList();
        var workers = await db.Workers.Where(w => movingIds.Contains(w.Id)).ToListAsync(ct);
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
