using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Mentoring;

/// <summary>
/// One party signs off a milestone of an active pair, by the same rule as the plan: each worker as themself, the
/// enterprise by its HR. A milestone counts as reached only with all three sign-offs.
/// </summary>
public sealed record SignOffMentoringMilestoneCommand(int PairId, int Number, MentoringParty Party) : ICommand<bool>;

public sealed class SignOffMentoringMilestoneValidator : AbstractValidator<SignOffMentoringMilestoneCommand>
{
    public SignOffMentoringMilestoneValidator()
    {
        RuleFor(c => c.Number).GreaterThan(0).WithMessage("请选择节点。");
        RuleFor(c => c.Party).IsInEnum().WithMessage("请选择签字方。");
    }
}

public sealed class SignOffMentoringMilestoneHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<SignOffMentoringMilestoneCommand, bool>
{
    /// <returns>Whether the milestone now carries all three sign-offs.</returns>
    public async Task<bool> Handle(SignOffMentoringMilestoneCommand request, CancellationToken cancellationToken)
    {
        var pair = await db.PairAsync(request.PairId, cancellationToken);
        if (!user.MayRead(pair)) throw new ForbiddenException("您无权查看这对师徒。");
        user.EnsureMaySignAs(pair, request.Party);
        pair.SignOffMilestone(request.Number, request.Party, clock.Today());
        await db.SaveChangesAsync(cancellationToken);
        return pair.Milestones.Single(m => m.Number == request.Number).IsSignedOff;
    }
}
