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
        string reason, DateTime now, CancellationToken ct) =>
        workerIds.Count == 0 ? 0 : await db.ReevaluateAsync(workerIds, today, reason, now, await LadderRun.LoadAsync(db, today, ct), ct);

    /// <summary>The same, with the policy and pay agreements of a run over many batches read once (<see cref="LadderRun"/>).</summary>
    public static async Task<int> ReevaluateAsync(this SkillsLadderDbContext db, IReadOnlyCollection<int> workerIds, DateOnly today,
        string reason, DateTime now, LadderRun run, CancellationToken ct)
    {
        if (workerIds.Count == 0) return 0;
        var wanted = workerIds.ToHashSet();
        var facts = await db.ReadTierFactsAsync(workerIds, ct);
        // Most nights almost nobody moves: compare with the recorded tier untracked, and load (track, save) only the movers.
        // Pay still follows for everyone asked: a level change may move the grade without moving the tier.
        var positions = (await db.Workers.AsNoTracking().WhereWorkerIn(w => w.Id, workerIds).SelectPayPositions().ToListAsync(ct))
            .Where(w => wanted.Contains(w.WorkerId) && facts.ContainsKey(w.WorkerId)).ToList();
        var moving = positions.Select(w => (w.WorkerId, w.Tier, New: LadderEvaluator.TierOn(facts[w.WorkerId], run.Policy, today)))
            .Where(w => w.New != w.Tier).ToDictionary(w => w.WorkerId, w => w.New);
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
        var tiers = workers.ToDictionary(w => w.Id, w => w.Tier);
        var standing = positions.Select(p => tiers.TryGetValue(p.WorkerId, out var tier) ? p with { Tier = tier } : p).ToList();
        await db.FollowChangesAsync(standing, today, reason, run.Pay, ct);
        await db.SaveChangesAsync(ct);
        return changed;
    }
}

/// <summary>What a re-evaluation reads once however many workers it covers: the policy in force and the pay agreements.</summary>
public sealed record LadderRun(LadderPolicy Policy, PayInForce Pay)
{
    public static async Task<LadderRun> LoadAsync(SkillsLadderDbContext db, DateOnly today, CancellationToken ct) =>
        new(await db.PolicyInForceAsync(today, ct), await PayInForce.LoadAsync(db, ct));
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
