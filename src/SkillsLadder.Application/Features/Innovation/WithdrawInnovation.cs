using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Innovation;

/// <summary>
/// The submitter takes an entry back while it awaits assessment (a decided entry stays on record). Only the worker
/// who submitted it: co-authors and HR who filed it for them ask the submitter, so nobody withdraws another's work.
/// </summary>
public sealed record WithdrawInnovationCommand(int EntryId, int? Version) : ICommand<int>;

public sealed class WithdrawInnovationValidator : AbstractValidator<WithdrawInnovationCommand>
{
    public WithdrawInnovationValidator() =>
        RuleFor(c => c.Version).NotNull().WithMessage("缺少版本号，请刷新页面后重试。");
}

public sealed class WithdrawInnovationHandler(SkillsLadderDbContext db, ICurrentUser user)
    : MediatR.IRequestHandler<WithdrawInnovationCommand, int>
{
    public async Task<int> Handle(WithdrawInnovationCommand request, CancellationToken cancellationToken)
    {
        var entry = await db.InnovationAsync(request.EntryId, tracked: true, cancellationToken);
        if (user.WorkerId != entry.SubmittedByWorkerId)
            throw new ForbiddenException(user.MayRead(entry) ? "只有提交人本人可以撤回。" : "您无权查看这项创新成果。");
        db.Entry(entry).Property(e => e.Version).OriginalValue = request.Version!.Value;
        entry.Withdraw(entry.SubmittedByWorkerId); // the same worker, checked above
        await db.SaveChangesAsync(cancellationToken);
        return entry.Id;
    }
}
