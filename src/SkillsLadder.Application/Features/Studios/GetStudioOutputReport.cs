using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Studios;

/// <summary>
/// What studios produced, by studio and year: projects, patents, 五小 entries and savings (fen, summed exactly). A
/// project counts in the year it was completed, or the year it started while still running. Readers as for the
/// talent reports; an enterprise's HR sees its own enterprise's studios.
/// </summary>
public sealed record GetStudioOutputReportQuery(int? FromYear = null, int? ToYear = null) : IRequest<StudioOutputReport>;

public sealed record StudioOutputRow(int StudioId, string Studio, string Enterprise, int Year, int Projects, int Patents, int FiveSmallEntries, long SavingsFen);

public sealed record StudioOutputReport(int FromYear, int ToYear, IReadOnlyList<StudioOutputRow> Rows)
{
    public int Projects => Rows.Sum(r => r.Projects);
    public int Patents => Rows.Sum(r => r.Patents);
    public int FiveSmallEntries => Rows.Sum(r => r.FiveSmallEntries);
    public long SavingsFen => Rows.Sum(r => r.SavingsFen);
}

public sealed class GetStudioOutputReportValidator : AbstractValidator<GetStudioOutputReportQuery>
{
    public GetStudioOutputReportValidator()
    {
        RuleFor(q => q.FromYear).InclusiveBetween(2000, 2100).WithMessage("年份应在 2000–2100 之间。");
        RuleFor(q => q.ToYear).InclusiveBetween(2000, 2100).WithMessage("年份应在 2000–2100 之间。");
        RuleFor(q => q.ToYear).GreaterThanOrEqualTo(q => q.FromYear).When(q => q.FromYear is not null && q.ToYear is not null)
            .WithMessage("截止年份不能早于起始年份。");
    }
}

public sealed class GetStudioOutputReportHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<GetStudioOutputReportQuery, StudioOutputReport>
{
    public async Task<StudioOutputReport> Handle(GetStudioOutputReportQuery request, CancellationToken cancellationToken)
    {
        if (!user.CanBrowseDirectory()) throw new ForbiddenException("您无权查看人才统计报表。");
        var to = request.ToYear ?? clock.Today().Year;
        var from = request.FromYear ?? to;
        var studios = db.InnovationStudios.AsNoTracking();
        if (user.EnterpriseScope() is { } own) studios = studios.Where(s => s.EnterpriseId == own);
        // Studios are few: load them with their projects and group in memory (SQLite cannot translate a lateral join).
        var projects = (await studios.Include(s => s.Projects).ToListAsync(cancellationToken)).SelectMany(s => s.Projects.Select(p => new
        {
            StudioId = s.Id, Studio = s.Name, s.EnterpriseId, p.StartedOn, p.CompletedOn, p.Patents, p.FiveSmallEntries, p.SavingsFen,
        })).ToList();
        var enterpriseIds = projects.Select(p => p.EnterpriseId).Distinct().ToList();
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => enterpriseIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);

        var rows = projects.Select(p => (p, Year: (p.CompletedOn ?? p.StartedOn).Year))
            .Where(x => x.Year >= from && x.Year <= to)
            .GroupBy(x => (x.p.StudioId, x.p.Studio, x.p.EnterpriseId, x.Year))
            .OrderBy(g => g.Key.Studio).ThenBy(g => g.Key.Year)
            .Select(g => new StudioOutputRow(g.Key.StudioId, g.Key.Studio, enterprises[g.Key.EnterpriseId], g.Key.Year, g.Count(),
                g.Sum(x => x.p.Patents), g.Sum(x => x.p.FiveSmallEntries), g.Sum(x => x.p.SavingsFen)))
            .ToList();
        return new StudioOutputReport(from, to, rows);
    }
}
