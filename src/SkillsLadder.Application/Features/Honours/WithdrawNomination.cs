using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Honours;

namespace SkillsLadder.Application.Features.Honours;

/// <summary>
/// The nominating side takes a nomination back before its notice starts, with a reason: the enterprise's HR (or whoever
/// signed the nomination) for an enterprise nomination, organizers for one from a result; admins always.
/// </summary>
public sealed record WithdrawNominationCommand(int NominationId, string Reason) : ICommand<int>;

public sealed class WithdrawNominationValidator : AbstractValidator<WithdrawNominationCommand>
{
    public WithdrawNominationValidator() => RuleFor(c => c.Reason).Must(r => r?.Trim().Length >= 2).WithMessage("请填写撤回理由。")
        .MaximumLength(Nomination.ReasonMaxLength).WithMessage($"理由最多 {Nomination.ReasonMaxLength} 个字。");
}

public sealed class WithdrawNominationHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<WithdrawNominationCommand, int>
{
    public async Task<int> Handle(WithdrawNominationCommand request, CancellationToken ct)
    {
        var nomination = await db.NominationAsync(request.NominationId, ct);
        var by = await db.SignatureAsync(user, ct);
        var nominator = nomination.Steps.OrderBy(s => s.At).First(s => s.Action == NominationAction.Nominated).ByUserId;
        var mayWithdraw = user.IsAdmin() || by.UserId == nominator || nomination.Source switch
        {
            NominationSource.Enterprise => user.IsEnterpriseHr() && user.EnterpriseId == nomination.EnterpriseId,
            _ => user.IsOrganizer(),
        };
        if (!mayWithdraw) throw new ForbiddenException("只有推荐方可以撤回推荐。");
        nomination.Withdraw(by, request.Reason, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return nomination.Id;
    }
}
