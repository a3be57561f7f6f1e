using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Ladder;
using SkillsLadder.Data;
using SkillsLadder.Domain.Honours;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Features.Honours;

/// <summary>
/// Confers a nomination once its notice has ended and every objection is decided: the honour is put on the worker
/// (or the level change made), the ladder re-evaluated, and the worker told. A collective title (先进集体) is the
/// unit's: it is recorded on the nomination only, and its leader is told.
/// </summary>
public sealed record ConferNominationCommand(int NominationId) : ICommand<int>;

public sealed class ConferNominationHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock) : MediatR.IRequestHandler<ConferNominationCommand, int>
{
    public async Task<int> Handle(ConferNominationCommand request, CancellationToken ct)
    {
        user.EnsureFederationReviewer();
        var nomination = await db.NominationAsync(request.NominationId, ct);
        await Conferral.ConferAsync(db, nomination, await db.SignatureAsync(user, ct), clock, ct);
        return nomination.Id;
    }
}

internal static class Conferral
{
    public static async Task ConferAsync(SkillsLadderDbContext db, Nomination nomination, Signature by, TimeProvider clock, CancellationToken ct)
    {
        var (today, now) = (clock.Today(), clock.GetUtcNow().UtcDateTime);
        nomination.Confer(by, today, now);
        string what;
        if (nomination.Kind == NominationKind.CollectiveHonour)
        {
            // The title belongs to the unit: no WorkerHonour for the leader who stands for it, so no tier change either.
            await db.TellWorkerAsync(nomination, now, ct);
            await db.SaveChangesAsync(ct);
            return;
        }
        if (nomination.Kind == NominationKind.Honour)
        {
            var type = await db.HonourTypes.SingleAsync(h => h.Id == nomination.HonourTypeId, ct);
            db.WorkerHonours.Add(new WorkerHonour(nomination.WorkerId, type, today, nomination.Id));
            what = type.Name;
        }
        else
        {
            var level = await db.SkillLevels.SingleAsync(l => l.Id == nomination.TargetLevelId, ct);
            var worker = await db.Workers.Include(w => w.CurrentSkillLevel).Include(w => w.LevelHistory).ThenInclude(c => c.SkillLevel)
                .SingleAsync(w => w.Id == nomination.WorkerId, ct);
            // A level reached meanwhile by another route is not lowered or repeated.
            if (worker.CurrentSkillLevel is null || worker.CurrentSkillLevel.Rank < level.Rank)
                worker.ChangeLevel(level, today, LevelChangeReason.Competition);
            what = $"晋升{level.NameZh}";
        }
        await db.TellWorkerAsync(nomination, now, ct);
        // The ladder reads its facts from the database, so the honour or level goes in first (same transaction).
        await db.SaveChangesAsync(ct);
        await db.ReevaluateAsync([nomination.WorkerId], today, $"授予{what}", now, ct);
        await db.SaveChangesAsync(ct);
    }
}
