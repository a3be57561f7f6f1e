using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.TalentReports;
using SkillsLadder.Data;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.Training;
using SkillsLadder.Application.Features.Ladder;

namespace SkillsLadder.Application.Features.Training;

/// <summary>
/// Hours trained in a year (completed enrolments, by the result day), per the programmes' target tier and per the
/// industry of the worker's enterprise: two GROUP BY queries on the server, whatever the number of enrolments. Readers
/// and filters as for the talent reports (<see cref="TalentScope"/>): enterprise HR sees its own enterprise only.
/// </summary>
public sealed record GetTrainingHoursReportQuery : IRequest<TrainingHoursReport>, ITalentFilter
{
    public int? Year { get; init; }
    public int? IndustryId { get; init; }
    public int? EnterpriseId { get; init; }
    public int? OccupationId { get; init; }
}

public sealed record TrainingHoursReport(int Year, TrainingHoursRow Total, IReadOnlyList<TrainingHoursRow> ByTier, IReadOnlyList<TrainingHoursRow> ByIndustry);

/// <summary>One group: completions, distinct people, hours (all completions) and approved hours (those that count on the ladder).</summary>
public sealed record TrainingHoursRow(string NameZh, string NameEn, int Completions, int People, long Hours, long ApprovedHours);

public sealed class GetTrainingHoursReportValidator : AbstractValidator<GetTrainingHoursReportQuery>
{
    public GetTrainingHoursReportValidator()
    {
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100).WithMessage("年份应在 2000–2100 之间。");
        this.AddFilterRules();
    }
}

public sealed class GetTrainingHoursReportHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<GetTrainingHoursReportQuery, TrainingHoursReport>
{
    public async Task<TrainingHoursReport> Handle(GetTrainingHoursReportQuery request, CancellationToken cancellationToken)
    {
        var year = request.Year ?? clock.Today().Year;
        var (first, next) = (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
        var completions = from e in db.TrainingEnrolments.AsNoTracking()
                          where e.Status == EnrolmentStatus.Completed && e.ResultOn >= first && e.ResultOn < next
                          join w in db.Workers(user, request) on e.WorkerId equals w.Id
                          join p in db.TrainingProgrammes on e.ProgrammeId equals p.Id
                          select new { e.WorkerId, p.TargetTier, w.Enterprise!.IndustryId, p.Hours, Approved = p.IsApproved ? p.Hours : 0 };

        var tiers = await completions.GroupBy(c => c.TargetTier)
            .Select(g => new { g.Key, Count = g.Count(), People = g.Select(c => c.WorkerId).Distinct().Count(),
                Hours = g.Sum(c => (long)c.Hours), Approved = g.Sum(c => (long)c.Approved) })
            .ToListAsync(cancellationToken);
        var industries = await completions.GroupBy(c => c.IndustryId)
            .Select(g => new { g.Key, Count = g.Count(), People = g.Select(c => c.WorkerId).Distinct().Count(),
                Hours = g.Sum(c => (long)c.Hours), Approved = g.Sum(c => (long)c.Approved) })
            .ToListAsync(cancellationToken);
        var people = await completions.Select(c => c.WorkerId).Distinct().CountAsync(cancellationToken);
        var ids = industries.Select(i => i.Key).ToList();
        var names = await db.Industries.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);

        var byTier = tiers.OrderBy(t => t.Key is null).ThenBy(t => t.Key)
            .Select(t => new TrainingHoursRow(t.Key is { } k ? TierNames.Zh(k) : "未分层级", t.Key is { } e ? TierNames.En(e) : "No tier",
                t.Count, t.People, t.Hours, t.Approved)).ToList();
        var byIndustry = industries.OrderByDescending(i => i.Hours).ThenBy(i => names[i.Key], StringComparer.Ordinal)
            .Select(i => new TrainingHoursRow(names[i.Key], names[i.Key], i.Count, i.People, i.Hours, i.Approved)).ToList();
        var total = new TrainingHoursRow("合计", "Total", tiers.Sum(t => t.Count), people, tiers.Sum(t => t.Hours), tiers.Sum(t => t.Approved));
        return new TrainingHoursReport(year, total, byTier, byIndustry);
    }
}
