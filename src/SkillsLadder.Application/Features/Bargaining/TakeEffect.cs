using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Pay;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Bargaining;

/// <summary>
/// The filed agreement takes effect on the bureau's approval date, or, with no date, the day after its review period
/// ends in silence. Every covered worker then gets a dated pay grade under the agreed grid.
/// </summary>
public sealed record TakeEffectCommand : ICommand<TakeEffectResult>
{
    public int AgreementId { get; init; }
    public int? Version { get; init; }
    /// <summary>Empty: the review period ended without objection (视为同意).</summary>
    public DateOnly? BureauApprovedOn { get; init; }
}

public sealed record TakeEffectResult(DateOnly EffectiveFrom, DateOnly ExpiresOn, int WorkersGraded);

public sealed class TakeEffectValidator : AbstractValidator<TakeEffectCommand>
{
    public TakeEffectValidator(TimeProvider clock) =>
        RuleFor(c => c.BureauApprovedOn).Must(d => d is null || d <= clock.Today()).WithMessage("审查同意日期不能晚于今天。");
}

public sealed class TakeEffectHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<TakeEffectCommand, TakeEffectResult>
{
    public async Task<TakeEffectResult> Handle(TakeEffectCommand request, CancellationToken cancellationToken)
    {
        var agreement = await db.AgreementAsync(user, request.AgreementId, cancellationToken);
        user.EnsureParty(agreement);
        db.ExpectVersion(agreement, request.Version);
        agreement.TakeEffect(clock.Today(), request.BureauApprovedOn);
        // Saved first: the recorder reads the agreed grid and needs the agreement's state as stored.
        await db.SaveChangesAsync(cancellationToken);
        var graded = await db.ApplyAgreementAsync(agreement, cancellationToken);
        return new TakeEffectResult(agreement.EffectiveFrom!.Value, agreement.ExpiresOn!.Value, graded);
    }
}
