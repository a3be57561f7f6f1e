using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Features.Pay;

/// <summary>The proposals on the table in an agreement's rounds, for the simulator's choice (newest round first).</summary>
public sealed record ListProposalsQuery(int AgreementId) : IRequest<AgreementProposals>;

public sealed record AgreementProposals(int AgreementId, string Title, AgreementStatus Status, IReadOnlyList<ProposalItem> Proposals);

public sealed record ProposalItem(int Id, int RoundNumber, DateOnly HeldOn, BargainingSide Side, string? Note);

public sealed class ListProposalsHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<ListProposalsQuery, AgreementProposals>
{
    public async Task<AgreementProposals> Handle(ListProposalsQuery request, CancellationToken ct)
    {
        var agreement = await db.WageAgreements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == request.AgreementId, ct)
            ?? throw new NotFoundException("WageAgreement", request.AgreementId);
        user.EnsureCanReadAgreement(agreement);
        var rounds = await db.BargainingRounds.AsNoTracking().Where(r => r.AgreementId == agreement.Id).Include(r => r.Proposals).ToListAsync(ct);
        var proposals = rounds.SelectMany(r => r.Proposals.Select(p => new ProposalItem(p.Id, r.Number, r.HeldOn, p.Side, p.Note)));
        return new AgreementProposals(agreement.Id, agreement.Title, agreement.Status,
            proposals.OrderByDescending(p => p.RoundNumber).ThenBy(p => p.Side).ToList());
    }
}
