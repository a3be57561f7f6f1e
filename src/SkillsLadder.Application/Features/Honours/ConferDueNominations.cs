using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Honours;

namespace SkillsLadder.Application.Features.Honours;

/// <summary>
/// The notice-end batch: confers every nomination whose notice ended before today with no objection left open. Those
/// with open objections wait for a decision and are counted. Safe to run repeatedly (a job may schedule it).
/// </summary>
public sealed record ConferDueNominationsCommand : ICommand<ConferDueResult>;

public sealed record ConferDueResult(int Conferred, int WaitingForObjections);

public sealed class ConferDueNominationsHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<ConferDueNominationsCommand, ConferDueResult>
{
    public async Task<ConferDueResult> Handle(ConferDueNominationsCommand request, CancellationToken ct)
    {
        // A scheduled job runs without a signed-in user; people must be reviewers.
        if (user.IsAuthenticated) user.EnsureFederationReviewer();
        var today = clock.Today();
        var due = await db.Nominations.Include(n => n.Steps).Include(n => n.Objections)
            .Where(n => n.Status == NominationStatus.OnNotice && n.NoticeEndsOn < today).OrderBy(n => n.Id).ToListAsync(ct);
        var by = user.IsAuthenticated ? await db.SignatureAsync(user, ct) : new Signature("system", "公示期满自动授予");
        var waiting = 0;
        foreach (var nomination in due)
        {
            if (nomination.Objections.Any(o => o.Status == ObjectionStatus.Open)) { waiting++; continue; }
            await Conferral.ConferAsync(db, nomination, by, clock, ct);
        }
        return new ConferDueResult(due.Count - waiting, waiting);
    }
}
