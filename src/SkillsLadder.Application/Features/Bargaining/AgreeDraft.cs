using SkillsLadder.Application.Common;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Bargaining;

/// <summary>
/// Puts one proposal's grid to the workers' congress as the draft. Checked against the minimum wage in force in the
/// agreement's area today (not on the round's date): a standard raised since the round must already be met.
/// </summary>
public sealed record AgreeDraftCommand : ICommand<int>
{
    public int AgreementId { get; init; }
    public int? Version { get; init; }
    public int ProposalId { get; init; }
}

public sealed class AgreeDraftHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock) : MediatR.IRequestHandler<AgreeDraftCommand, int>
{
    public async Task<int> Handle(AgreeDraftCommand request, CancellationToken cancellationToken)
    {
        var agreement = await db.AgreementAsync(user, request.AgreementId, cancellationToken);
        user.EnsureParty(agreement);
        db.ExpectVersion(agreement, request.Version);
        var proposal = agreement.Rounds.SelectMany(r => r.Proposals).SingleOrDefault(p => p.Id == request.ProposalId)
            ?? throw RequestValidationException.For(nameof(request.ProposalId), "请选择本协议某一轮协商中的方案。");
        var minimum = await db.MinimumWageAsync(agreement.MinimumWageArea, clock.Today(), cancellationToken)
            ?? throw new Domain.Common.DomainException("agreement.no_minimum_wage",
                $"“{agreement.MinimumWageArea}”目前没有最低工资标准，无法核对工资表；请先录入。");
        var problems = await db.ProblemsAsync(proposal.Grid, minimum.MonthlyFen, cancellationToken);
        agreement.AgreeDraft(proposal.Grid, problems.Count);
        return agreement.Id;
    }
}
