using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Mentoring;

/// <summary>
/// One party signs the plan: the mentor and the apprentice each from their own worker account, the enterprise through
/// its HR. The third signature makes the pair active (the domain decides); signing twice keeps the first date.
/// </summary>
public sealed record SignMentoringPlanCommand(int PairId, MentoringParty Party) : ICommand<MentoringStatus>;

public sealed class SignMentoringPlanValidator : AbstractValidator<SignMentoringPlanCommand>
{
    public SignMentoringPlanValidator() => RuleFor(c => c.Party).IsInEnum().WithMessage("请选择签字方。");
}

public sealed class SignMentoringPlanHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<SignMentoringPlanCommand, MentoringStatus>
{
    public async Task<MentoringStatus> Handle(SignMentoringPlanCommand request, CancellationToken cancellationToken)
    {
        var pair = await db.PairAsync(request.PairId, cancellationToken);
        if (!user.MayRead(pair)) throw new ForbiddenException("您无权查看这对师徒。");
        user.EnsureMaySignAs(pair, request.Party);
        pair.SignPlan(request.Party, clock.Today());
        await db.SaveChangesAsync(cancellationToken);
        return pair.Status;
    }
}
