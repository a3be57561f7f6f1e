using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Features.Pay;

/// <summary>
/// The negotiators' simulator: one or two proposals of an agreement's rounds, each costed over the actual workforce the
/// agreement covers against the grid in force, with the grid checks against today's minimum wage of its area.
/// </summary>
public sealed record SimulatePayQuery(int AgreementId, IReadOnlyList<int> ProposalIds) : IRequest<PaySimulation>;

public sealed record PaySimulation(int AgreementId, string Title, string? CurrentGridTitle, long? MinimumWageFen,
    IReadOnlyList<ProposalSimulation> Proposals, IReadOnlyList<GroupName> PostClasses, IReadOnlyList<GroupName> Levels,
    IReadOnlyDictionary<int, string> WorkerNames);

public sealed record ProposalSimulation(int ProposalId, int RoundNumber, BargainingSide Side, string? Note,
    SimulationResult Result, IReadOnlyList<GridProblem> Problems);

public sealed record GroupName(int Key, string NameZh, string NameEn);

public sealed class SimulatePayValidator : AbstractValidator<SimulatePayQuery>
{
    public SimulatePayValidator()
    {
        RuleFor(q => q.ProposalIds).NotNull().Must(ids => ids is { Count: >= 1 and <= 2 })
            .WithMessage("请选择一到两个方案进行测算。");
        RuleFor(q => q.ProposalIds).Must(ids => ids is null || ids.Distinct().Count() == ids.Count)
            .WithMessage("两个方案不能相同。");
    }
}

public sealed class SimulatePayHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<SimulatePayQuery, PaySimulation>
{
    public async Task<PaySimulation> Handle(SimulatePayQuery request, CancellationToken ct)
    {
        var agreement = await db.WageAgreements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == request.AgreementId, ct)
            ?? throw new NotFoundException("WageAgreement", request.AgreementId);
        user.EnsureCanReadAgreement(agreement);
        var rounds = await db.BargainingRounds.AsNoTracking().Where(r => r.AgreementId == agreement.Id)
            .Include(r => r.Proposals).ThenInclude(p => p.Grid).ThenInclude(g => g.Cells).AsSplitQuery().ToListAsync(ct);
        var chosen = request.ProposalIds.Select(id => rounds.SelectMany(r => r.Proposals.Select(p => (Round: r, Proposal: p)))
                .FirstOrDefault(x => x.Proposal.Id == id) is { Proposal: not null } found ? found : throw new NotFoundException("BargainingProposal", id))
            .ToList();

        var today = clock.Today();
        var current = await CurrentGrids.InForceAsync(db, agreement, today, ct);
        var minimum = await db.MinimumWages.AsNoTracking().Where(w => w.Area == agreement.MinimumWageArea && w.EffectiveFrom <= today)
            .OrderByDescending(w => w.EffectiveFrom).Select(w => (long?)w.MonthlyFen).FirstOrDefaultAsync(ct);
        var classes = await db.PostClasses.AsNoTracking().OrderBy(c => c.Order).ToListAsync(ct);
        var workforce = await db.Workforce(db.CoveredBy(agreement).AsNoTracking(), classes[0].Id).ToListAsync(ct);

        var results = chosen.Select(x => new ProposalSimulation(x.Proposal.Id, x.Round.Number, x.Proposal.Side, x.Proposal.Note,
            CostSimulator.Simulate(workforce, current?.Grid, x.Proposal.Grid),
            minimum is { } floor ? PayGridCheck.Check(x.Proposal.Grid.PayCells, classes, floor) : [])).ToList();
        var ids = results.SelectMany(r => r.Result.BiggestChanges.Select(c => c.WorkerId)).Distinct().ToList();
        var names = await db.Workers.AsNoTracking().Where(w => ids.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.FullName, ct);
        var levels = await db.SkillLevels.AsNoTracking().OrderBy(l => l.Rank).Select(l => new GroupName(l.Rank, l.NameZh, l.NameEn)).ToListAsync(ct);
        return new PaySimulation(agreement.Id, agreement.Title, current?.Title, minimum, results,
            classes.Select(c => new GroupName(c.Id, c.NameZh, c.NameEn)).ToList(), levels, names);
    }
}
