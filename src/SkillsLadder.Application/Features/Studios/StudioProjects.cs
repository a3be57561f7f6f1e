using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Features.Studios;

/// <summary>The studio's enterprise HR registers a project the studio has taken on.</summary>
public sealed record AddStudioProjectCommand(int StudioId, string Title, DateOnly? StartedOn) : ICommand<int>;

/// <summary>
/// What came of a project: patents granted, 五小 entries and yearly savings. Savings are typed in yuan and parsed
/// exactly to the fen (no floating point), so report totals add up to the fen.
/// </summary>
public sealed record RecordStudioProjectResultsCommand(int StudioId, int ProjectId, int Patents, int FiveSmallEntries,
    string Savings, DateOnly? CompletedOn) : ICommand<long>;

public sealed class AddStudioProjectValidator : AbstractValidator<AddStudioProjectCommand>
{
    public AddStudioProjectValidator()
    {
        RuleFor(c => c.Title).NotEmpty().WithMessage("请填写项目名称。").MaximumLength(200).WithMessage("项目名称最多 200 个字。");
        RuleFor(c => c.StartedOn).NotNull().WithMessage("请填写立项日期。");
    }
}

public sealed class RecordStudioProjectResultsValidator : AbstractValidator<RecordStudioProjectResultsCommand>
{
    public RecordStudioProjectResultsValidator()
    {
        RuleFor(c => c.Patents).InclusiveBetween(0, 1000).WithMessage("专利数应为 0–1000。");
        RuleFor(c => c.FiveSmallEntries).InclusiveBetween(0, 1000).WithMessage("五小成果数应为 0–1000。");
        RuleFor(c => c.Savings).Must(s => Money.TryParseYuan(s, out _))
            .WithMessage("请填写创造效益：不小于 0 的金额，最多两位小数（单位：元）。");
    }
}

public sealed class AddStudioProjectHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<AddStudioProjectCommand, int>
{
    public async Task<int> Handle(AddStudioProjectCommand request, CancellationToken cancellationToken)
    {
        var studio = await db.StudioAsync(request.StudioId, cancellationToken);
        user.EnsureMayKeepRecordsOf(studio);
        if (request.StartedOn < studio.FoundedOn)
            throw RequestValidationException.For(nameof(request.StartedOn), "立项日期不能早于工作室命名日期。");
        var project = studio.AddProject(request.Title, request.StartedOn!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return project.Id;
    }
}

public sealed class RecordStudioProjectResultsHandler(SkillsLadderDbContext db, ICurrentUser user)
    : MediatR.IRequestHandler<RecordStudioProjectResultsCommand, long>
{
    public async Task<long> Handle(RecordStudioProjectResultsCommand request, CancellationToken cancellationToken)
    {
        var studio = await db.StudioAsync(request.StudioId, cancellationToken);
        user.EnsureMayKeepRecordsOf(studio);
        var project = studio.Projects.SingleOrDefault(p => p.Id == request.ProjectId)
            ?? throw new NotFoundException("StudioProject", request.ProjectId);
        var fen = Money.ParseYuan(request.Savings, nameof(request.Savings));
        project.RecordResults(request.Patents, request.FiveSmallEntries, fen, request.CompletedOn);
        await db.SaveChangesAsync(cancellationToken);
        return fen;
    }
}
