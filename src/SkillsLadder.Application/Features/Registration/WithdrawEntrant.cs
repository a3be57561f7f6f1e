using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Registration;

/// <summary>
/// Withdraws an entrant with a written reason. Allowed until the marks are locked (an entrant may fall ill on the day);
/// the entry and its bib stay, so printed lists and sheets keep their numbers.
/// </summary>
public sealed record WithdrawEntrantCommand(int CompetitionId, int EntrantId, string Reason) : ICommand<MediatR.Unit>;

public sealed class WithdrawEntrantValidator : AbstractValidator<WithdrawEntrantCommand>
{
    public WithdrawEntrantValidator() =>
        RuleFor(c => c.Reason).NotEmpty().WithMessage("请填写退赛原因。").MaximumLength(200).WithMessage("退赛原因最多 200 个字。");
}

public sealed class WithdrawEntrantHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<WithdrawEntrantCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(WithdrawEntrantCommand request, CancellationToken cancellationToken)
    {
        user.EnsureOrganizer();
        var status = await db.Competitions.Where(c => c.Id == request.CompetitionId).Select(c => (CompetitionStatus?)c.Status)
                         .SingleOrDefaultAsync(cancellationToken)
                     ?? throw new NotFoundException("Competition", request.CompetitionId);
        if (status >= CompetitionStatus.Locked)
            throw new DomainException("registration.locked", "成绩已锁定，不能再办理退赛。");
        var entrant = await db.Entrants.SingleOrDefaultAsync(e => e.Id == request.EntrantId && e.CompetitionId == request.CompetitionId, cancellationToken)
                      ?? throw new NotFoundException("Entrant", request.EntrantId);
        entrant.Withdraw(request.Reason, user.UserName ?? "?", clock.GetUtcNow().UtcDateTime);
        return MediatR.Unit.Value;
    }
}
