using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Mentoring;

/// <summary>
/// Master–apprentice work by enterprise and industry: pairs active now, pairs completed in the year and the levels
/// their apprentices gained. Readers as for the talent reports: the whole city for admins, organizers and federation
/// reviewers; an enterprise's HR its own enterprise.
/// </summary>
public sealed record GetMentoringReportQuery(int? Year = null) : IRequest<MentoringReport>;

public sealed record MentoringReportRow(string Industry, string Enterprise, int Active, int Completed, int LevelsGained);

public sealed record MentoringReport(int Year, IReadOnlyList<MentoringReportRow> ByEnterprise, IReadOnlyList<MentoringReportRow> ByIndustry)
{
    public MentoringReportRow Total => new("", "", ByEnterprise.Sum(r => r.Active), ByEnterprise.Sum(r => r.Completed), ByEnterprise.Sum(r => r.LevelsGained));
}

public sealed class GetMentoringReportValidator : AbstractValidator<GetMentoringReportQuery>
{
    public GetMentoringReportValidator() => RuleFor(q => q.Year).InclusiveBetween(2000, 2100).WithMessage("年份应在 2000–2100 之间。");
}

public sealed class GetMentoringReportHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<GetMentoringReportQuery, MentoringReport>
{
    public async Task<MentoringReport> Handle(GetMentoringReportQuery request, CancellationToken cancellationToken)
    {
        if (!user.CanBrowseDirectory()) throw new ForbiddenException("您无权查看人才统计报表。");
        var year = request.Year ?? clock.Today().Year;
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var pairs = db.MentoringPairs.AsNoTracking().Where(p => p.Status == MentoringStatus.Active ||
            p.Status == MentoringStatus.Completed && p.CompletedOn >= from && p.CompletedOn <= to);
        if (user.EnterpriseScope() is { } own) pairs = pairs.Where(p => p.EnterpriseId == own);
        // Levels gained are summed in memory: a pair's count is clamped at zero, which SQL would have to repeat per provider.
        var rows = await pairs.Select(p => new
        {
            p.EnterpriseId, p.Status, p.ApprenticeLevelAtStart, p.ApprenticeLevelAtEnd,
            Enterprise = db.Enterprises.Where(e => e.Id == p.EnterpriseId).Select(e => e.Name).Single(),
            Industry = db.Enterprises.Where(e => e.Id == p.EnterpriseId).Select(e => e.Industry!.Name).Single(),
        }).ToListAsync(cancellationToken);
        var byEnterprise = rows.GroupBy(r => (r.Industry, r.Enterprise)).OrderBy(g => g.Key.Industry).ThenBy(g => g.Key.Enterprise)
            .Select(g => new MentoringReportRow(g.Key.Industry, g.Key.Enterprise, g.Count(r => r.Status == MentoringStatus.Active),
                g.Count(r => r.Status == MentoringStatus.Completed),
                g.Where(r => r.Status == MentoringStatus.Completed).Sum(r => Math.Max(0, (r.ApprenticeLevelAtEnd ?? 0) - r.ApprenticeLevelAtStart))))
            .ToList();
        var byIndustry = byEnterprise.GroupBy(r => r.Industry)
            .Select(g => new MentoringReportRow(g.Key, "", g.Sum(r => r.Active), g.Sum(r => r.Completed), g.Sum(r => r.LevelsGained))).ToList();
        return new MentoringReport(year, byEnterprise, byIndustry);
    }
}
