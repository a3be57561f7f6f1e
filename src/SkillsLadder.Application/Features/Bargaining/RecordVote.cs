using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Features.Bargaining;

/// <summary>
/// The workers' congress vote on the draft, recorded by the union side. A failed vote is kept with its counts and the
/// agreement stays a draft to be revised and put again.
/// </summary>
public sealed record RecordVoteCommand : ICommand<VoteOutcome>
{
    public int AgreementId { get; init; }
    public int? Version { get; init; }
    public DateOnly? HeldOn { get; init; }
    public int Representatives { get; init; }
    public int Attending { get; init; }
    public int Approving { get; init; }
}

public sealed record VoteOutcome(bool Passed, string Explanation);

public sealed class RecordVoteValidator : AbstractValidator<RecordVoteCommand>
{
    public RecordVoteValidator(TimeProvider clock)
    {
        RuleFor(c => c.HeldOn).NotNull().WithMessage("请填写表决日期。").Must(d => d <= clock.Today()).WithMessage("表决日期不能晚于今天。");
        RuleFor(c => c.Representatives).GreaterThan(0).WithMessage("职工代表总数应至少为 1。");
        RuleFor(c => c.Attending).InclusiveBetween(0, int.MaxValue).WithMessage("出席人数不能为负数。");
        RuleFor(c => c.Approving).InclusiveBetween(0, int.MaxValue).WithMessage("赞成票不能为负数。");
    }
}

public sealed class RecordVoteHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<RecordVoteCommand, VoteOutcome>
{
    public async Task<VoteOutcome> Handle(RecordVoteCommand request, CancellationToken cancellationToken)
    {
        var agreement = await db.AgreementAsync(user, request.AgreementId, cancellationToken);
        user.EnsureActs(BargainingSide.Union, agreement.EnterpriseId);
        db.ExpectVersion(agreement, request.Version);
        var vote = agreement.RecordVote(CongressVote.Count(request.Representatives, request.Attending, request.Approving), request.HeldOn!.Value);
        return new VoteOutcome(vote.Passed, vote.Explain());
    }
}
