using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Honours;

namespace SkillsLadder.Application.Features.Honours;

/// <summary>
/// A federation reviewer decides an objection with a written decision: upheld rejects the nomination (and the worker
/// is told); dismissed lets the notice run on.
/// </summary>
public sealed record ResolveObjectionCommand(int NominationId, int ObjectionId, bool Upheld, string Decision) : ICommand<NominationStatus>;

public sealed class ResolveObjectionValidator : AbstractValidator<ResolveObjectionCommand>
{
    public ResolveObjectionValidator() => RuleFor(c => c.Decision).Must(d => d?.Trim().Length >= 2).WithMessage("请填写处理决定。")
        .MaximumLength(Objection.TextMaxLength).WithMessage($"处理决定最多 {Objection.TextMaxLength} 个字。");
}

public sealed class ResolveObjectionHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<ResolveObjectionCommand, NominationStatus>
{
    public async Task<NominationStatus> Handle(ResolveObjectionCommand request, CancellationToken ct)
    {
        user.EnsureFederationReviewer();
        var nomination = await db.NominationAsync(request.NominationId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        nomination.ResolveObjection(request.ObjectionId, request.Upheld, request.Decision, await db.SignatureAsync(user, ct), now);
        if (nomination.Status == NominationStatus.Rejected) await db.TellWorkerAsync(nomination, now, ct);
        await db.SaveChangesAsync(ct);
        return nomination.Status;
    }
}
