using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Mentoring;

/// <summary>
/// The enterprise's HR completes a pair once every milestone is signed off: the apprentice's level rank is read
/// from the directory on that day, so LevelsGained is what the ladder records, not a claim.
/// </summary>
public sealed record CompleteMentoringPairCommand(int PairId) : ICommand<int>;

/// <summary>The enterprise's HR ends a pair early with a reason (kept on the record).</summary>
public sealed record TerminateMentoringPairCommand(int PairId, string Reason) : ICommand<int>;

public sealed class TerminateMentoringPairValidator : AbstractValidator<TerminateMentoringPairCommand>
{
    public TerminateMentoringPairValidator() =>
        RuleFor(c => c.Reason).NotEmpty().WithMessage("请填写终止原因。").MaximumLength(500).WithMessage("终止原因最多 500 个字。");
}

public sealed class CompleteMentoringPairHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<CompleteMentoringPairCommand, int>
{
    /// <returns>The levels the apprentice gained.</returns>
    public async Task<int> Handle(CompleteMentoringPairCommand request, CancellationToken cancellationToken)
    {
        var pair = await db.PairAsync(request.PairId, cancellationToken);
        if (!user.MayManagePairsOf(pair.EnterpriseId)) throw new ForbiddenException("只有本企业人力资源部门可以办理出师。");
        pair.Complete(await db.LevelRankAsync(pair.ApprenticeWorkerId, cancellationToken), clock.Today());
        await db.SaveChangesAsync(cancellationToken);
        return pair.LevelsGained;
    }
}

public sealed class TerminateMentoringPairHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<TerminateMentoringPairCommand, int>
{
    public async Task<int> Handle(TerminateMentoringPairCommand request, CancellationToken cancellationToken)
    {
        var pair = await db.PairAsync(request.PairId, cancellationToken);
        if (!user.MayManagePairsOf(pair.EnterpriseId)) throw new ForbiddenException("只有本企业人力资源部门可以终止师带徒关系。");
        pair.Terminate(request.Reason, clock.Today());
        await db.SaveChangesAsync(cancellationToken);
        return pair.Id;
    }
}
