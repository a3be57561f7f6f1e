using FluentValidation;
using MediatR;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Common.Tables;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.TalentReports;

public enum TalentReportKind
{
    Overview,
    Industries,
    Enterprises,
    Years,
    Flows,
}

/// <summary>Any talent report as .xlsx, through the same query (and so the same access rules) as its page.</summary>
public sealed record ExportTalentReportQuery : IRequest<TalentReportFile>, ITalentFilter
{
    /// <summary>The enterprise export takes the top N in one query instead of a page.</summary>
    public const int MaxEnterprises = 10_000;
    public TalentReportKind Kind { get; init; }
    public int? IndustryId { get; init; }
    public int? EnterpriseId { get; init; }
    public int? OccupationId { get; init; }
    public EnterpriseTalentSort? Sort { get; init; }
    public int? FromYear { get; init; }
    public int? ToYear { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public FlowPeriod? By { get; init; }
}

public sealed record TalentReportFile(byte[] Content, string FileName);

public sealed class ExportTalentReportValidator : AbstractValidator<ExportTalentReportQuery>
{
    public ExportTalentReportValidator()
    {
        this.AddFilterRules();
        RuleFor(q => q.Kind).IsInEnum().WithMessage("报表类型无效。");
    }
}

public sealed class ExportTalentReportHandler(IMediator mediator, SkillsLadderDbContext db, ICurrentUser user)
    : IRequestHandler<ExportTalentReportQuery, TalentReportFile>
{
    private static readonly string[] CountHeaders = ["总人数", "持证人数", "技能人才", "高技能人才", "工匠人才", "未评定", "高技能人才占比(%)"];

    public async Task<TalentReportFile> Handle(ExportTalentReportQuery q, CancellationToken cancellationToken)
    {
        var (sheet, headers, rows) = q.Kind switch
        {
            TalentReportKind.Industries => ("按行业", ["行业代码", "行业", .. CountHeaders],
                (await mediator.Send(new GetTalentByIndustryQuery { IndustryId = q.IndustryId, EnterpriseId = q.EnterpriseId, OccupationId = q.OccupationId }, cancellationToken))
                .Select(r => Row([r.Code, r.Name], r.Counts)).ToList()),
            TalentReportKind.Enterprises => ("按企业", ["名次", "企业", .. CountHeaders],
                (await GetTalentByEnterpriseHandler.RankAsync(db, db.Workers(user, q), q.Sort ?? EnterpriseTalentSort.HighSkilled, 0, ExportTalentReportQuery.MaxEnterprises, cancellationToken))
                .Select((r, i) => Row([i + 1, r.Name], r.Counts)).ToList()),
            TalentReportKind.Years => await YearsAsync(q, cancellationToken),
            TalentReportKind.Flows => ("层级流动", ["期间", "原层级", "新层级", "人数"],
                (await mediator.Send(new GetTierFlowsQuery { IndustryId = q.IndustryId, EnterpriseId = q.EnterpriseId, OccupationId = q.OccupationId, From = q.From, To = q.To, By = q.By }, cancellationToken))
                .Flows.Select(f => (IReadOnlyList<object?>)[f.Period, f.FromZh, f.ToZh, f.Count]).ToList()),
            _ => await OverviewAsync(q, cancellationToken),
        };
        return new TalentReportFile(XlsxWriter.Write(sheet, headers, rows), $"talent-{q.Kind.ToString().ToLowerInvariant()}.xlsx");
    }

    private async Task<(string, string[], List<IReadOnlyList<object?>>)> OverviewAsync(ExportTalentReportQuery q, CancellationToken ct)
    {
        var overview = await mediator.Send(new GetTalentOverviewQuery { IndustryId = q.IndustryId, EnterpriseId = q.EnterpriseId, OccupationId = q.OccupationId }, ct);
        var rows = overview.Tiers.Select(t => (IReadOnlyList<object?>)["层级", t.NameZh, t.Count])
            .Concat(overview.Levels.Select(l => (IReadOnlyList<object?>)["等级", l.NameZh, l.Count]))
            .Append(["合计", "高技能人才占比(%)", overview.Counts.HighSkilledSharePercent]).ToList();
        return ("人才总览", ["分类", "名称", "人数"], rows);
    }

    private async Task<(string, string[], List<IReadOnlyList<object?>>)> YearsAsync(ExportTalentReportQuery q, CancellationToken ct)
    {
        var years = await mediator.Send(new GetTalentByYearQuery { IndustryId = q.IndustryId, EnterpriseId = q.EnterpriseId, OccupationId = q.OccupationId, FromYear = q.FromYear, ToYear = q.ToYear }, ct);
        var levelNames = years.FirstOrDefault()?.Levels.Select(l => l.NameZh).ToArray() ?? [];
        var rows = years.Select(y => (IReadOnlyList<object?>)[y.Year, y.AsOf.ToString("yyyy-MM-dd"), .. y.Levels.Select(l => (object?)l.Count),
            y.WithLevel, y.HighSkilled, y.HighSkilledSharePercent]).ToList();
        return ("按年度", ["年度", "截至", .. levelNames, "持证人数", "高技能人才", "高技能人才占比(%)"], rows);
    }

    private static IReadOnlyList<object?> Row(object?[] head, TalentCounts c) =>
        [.. head, c.Total, c.WithLevel, c.SkilledWorkers, c.HighSkilledWorkers, c.Craftsmen, c.Unrated, c.HighSkilledSharePercent];
}
