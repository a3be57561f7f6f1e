using MediatR;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Common.Tables;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Competitions;

/// <summary>Replaces the scheme from a spreadsheet (one row per aspect); the whole file or nothing.</summary>
public sealed record ImportSchemeCommand(int CompetitionId, int SchemeVersion, string FileName, byte[] Content) : ICommand<int>;

/// <summary>The scheme as a spreadsheet: a template to fill in, or the current scheme to reuse elsewhere.</summary>
public sealed record ExportSchemeQuery(int CompetitionId) : IRequest<byte[]>;

public sealed class ImportSchemeHandler(IMediator mediator, SkillsLadderDbContext db, ICurrentUser user)
    : IRequestHandler<ImportSchemeCommand, int>, IRequestHandler<ExportSchemeQuery, byte[]>
{
    public async Task<int> Handle(ImportSchemeCommand request, CancellationToken ct)
    {
        user.EnsureOrganizer();
        if (request.Content.Length > TabularFile.MaximumBytes)
            throw RequestValidationException.For("File", $"文件不能超过 {TabularFile.MaximumBytes / 1024 / 1024} MB。");
        var input = SchemeSpreadsheet.Read(TabularFile.Read(new MemoryStream(request.Content), request.FileName));
        // The save runs inside this command's transaction: a refused scheme leaves the old version in place.
        return await new SaveSchemeHandler(db, user).Handle(new SaveSchemeCommand(request.CompetitionId, request.SchemeVersion, input), ct);
    }

    public async Task<byte[]> Handle(ExportSchemeQuery request, CancellationToken ct)
    {
        await db.OfficialAsync(user, request.CompetitionId, ct);
        var scheme = await mediator.Send(new GetSchemeQuery(request.CompetitionId), ct);
        var input = new SchemeInput(scheme.Components.Select(c => new ComponentInput(c.Name, c.Kind, c.WeightPercent,
            c.Criteria.Select(k => new CriterionInput(k.Code, k.Name, k.Aspects.Select(a => new AspectInput(a.Code, a.Description, a.Kind,
                a.Maximum, a.Aggregation, a.AllowedGap, a.Step, a.Descriptors)).ToList())).ToList())).ToList());
        return SchemeSpreadsheet.Write(scheme.Components.Count == 0 ? TemplateScheme() : input.ToDefinition());
    }

    /// <summary>An example to start from when the competition has no scheme yet: theory 30 / practical 70.</summary>
    private static Domain.Competitions.SchemeDefinition TemplateScheme() => new SchemeInput(
    [
        new ComponentInput("理论知识", Domain.Competitions.ComponentKind.Theory, 30,
            [new CriterionInput("T", "理论考试", [new AspectInput("T1", "理论考试成绩", Domain.Competitions.AspectKind.Measurement, 100, Domain.Competitions.AggregationRule.Mean, 0, 0.01m)])]),
        new ComponentInput("实际操作", Domain.Competitions.ComponentKind.Practical, 70,
        [
            new CriterionInput("A", "工件质量", [new AspectInput("A1", "尺寸精度", Domain.Competitions.AspectKind.Measurement, 60, Domain.Competitions.AggregationRule.Mean, 5, 0.5m)]),
            new CriterionInput("B", "操作规范", [new AspectInput("B1", "安全文明操作", Domain.Competitions.AspectKind.Judgement, 40,
                Domain.Competitions.AggregationRule.TrimmedMean, 1, 1, ["低于行业标准", "达到行业标准", "部分超过行业标准", "优秀"])]),
        ]),
    ]).ToDefinition();
}
