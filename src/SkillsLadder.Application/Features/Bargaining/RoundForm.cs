using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Features.Bargaining;

/// <summary>
/// What the round form starts from: for each side its own last proposal, else the other side's last one, else the grid
/// in force for the same enterprise (or industry and district), else an empty table of every post class × level.
/// </summary>
public sealed record GetRoundFormQuery(int AgreementId) : IRequest<RoundForm>;

public sealed record RoundForm(int AgreementId, int Version, string Title, IReadOnlyList<PostClassItem> PostClasses,
    IReadOnlyDictionary<int, string> Levels, PayGridInput UnionGrid, PayGridInput EmployerGrid, string PrefillSource);

public sealed class GetRoundFormHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetRoundFormQuery, RoundForm>
{
    public async Task<RoundForm> Handle(GetRoundFormQuery request, CancellationToken cancellationToken)
    {
        var a = await db.AgreementAsync(user, request.AgreementId, cancellationToken, tracking: false);
        var names = await GridNames.LoadAsync(db, cancellationToken);
        var proposals = a.Rounds.OrderByDescending(r => r.Number).SelectMany(r => r.Proposals).ToList();
        PayGrid? Last(BargainingSide side) => proposals.FirstOrDefault(p => p.Side == side)?.Grid;
        var inForce = proposals.Count > 0 ? null : await GridInForceAsync(a, cancellationToken);
        var fallback = proposals.FirstOrDefault()?.Grid ?? inForce;
        var source = proposals.Count > 0 ? "上一轮方案" : inForce is not null ? "现行工资协议" : "空白表";
        PayGridInput Input(PayGrid? grid) => Complete(grid is null ? new PayGridInput() : PayGridInput.From(grid), names);
        var classes = names.Classes.Select(c => new PostClassItem(c.Id, c.Code, c.NameZh, c.NameEn, c.FloorPercent, c.Order)).ToList();
        return new RoundForm(a.Id, a.Version, a.Title, classes, names.Levels,
            Input(Last(BargainingSide.Union) ?? fallback), Input(Last(BargainingSide.Employer) ?? fallback), source);
    }

    /// <summary>Every post class × level gets a row, in order; rows the source grid has keep its amounts.</summary>
    private static PayGridInput Complete(PayGridInput input, GridNames names) => input with
    {
        Cells = names.Classes.SelectMany(c => names.Levels.Keys.Select(rank =>
            input.Cells.FirstOrDefault(x => x.PostClassId == c.Id && x.LevelRank == rank) ?? new PayCellInput { PostClassId = c.Id, LevelRank = rank })).ToList(),
    };

    private async Task<PayGrid?> GridInForceAsync(WageAgreement a, CancellationToken ct)
    {
        var today = clock.Today();
        var effective = await db.WageAgreements.AsNoTracking().Include(x => x.DraftGrid!).ThenInclude(g => g.Cells)
            .Where(x => x.Id != a.Id && x.Status == AgreementStatus.Effective
                && (a.EnterpriseId != null ? x.EnterpriseId == a.EnterpriseId : x.IndustryId == a.IndustryId && x.District == a.District))
            .ToListAsync(ct);
        return effective.Where(x => x.IsInForceOn(today)).OrderByDescending(x => x.EffectiveFrom).FirstOrDefault()?.DraftGrid;
    }
}

/// <summary>Checks a grid as typed against the minimum wage in force in the agreement's area on the round's date, without saving.</summary>
public sealed record CheckGridQuery : IRequest<GridView>
{
    public int AgreementId { get; init; }
    public DateOnly? HeldOn { get; init; }
    public PayGridInput Grid { get; init; } = new();
}

public sealed class CheckGridValidator : AbstractValidator<CheckGridQuery>
{
    public CheckGridValidator() => RuleFor(q => q.Grid).SetValidator(new PayGridInputValidator());
}

public sealed class CheckGridHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<CheckGridQuery, GridView>
{
    public async Task<GridView> Handle(CheckGridQuery request, CancellationToken cancellationToken)
    {
        user.EnsureCanSeeBargaining();
        var a = await db.WageAgreements.AsNoTracking().SingleOrDefaultAsync(x => x.Id == request.AgreementId, cancellationToken)
            ?? throw new NotFoundException("WageAgreement", request.AgreementId);
        if (user.BargainingEnterpriseScope() is { } scope && a.EnterpriseId != scope) throw new ForbiddenException("您只能查看本企业的工资协议。");
        await db.EnsureKnownCellsAsync(request.Grid, "Grid.Cells", cancellationToken);
        var grid = BargainingErrors.OnField("Grid.Cells", () => request.Grid.ToGrid());
        var minimum = await db.MinimumWageAsync(a.MinimumWageArea, request.HeldOn ?? clock.Today(), cancellationToken);
        return (await GridNames.LoadAsync(db, cancellationToken)).View(grid, minimum?.MonthlyFen);
    }
}
