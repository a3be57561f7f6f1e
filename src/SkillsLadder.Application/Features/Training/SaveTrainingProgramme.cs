using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.Pay;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Training;

/// <summary>
/// Creates a programme (Id empty) or edits one (Id and the Version read). Cost and subsidy are typed in yuan and kept
/// in fen exactly; the domain guards the hours, capacity, dates and that the subsidy never exceeds the cost.
/// </summary>
public sealed record SaveTrainingProgrammeCommand : ICommand<int>
{
    public int? Id { get; init; }
    public int? Version { get; init; }
    public string Title { get; init; } = "";
    public int? OccupationId { get; init; }
    public TalentTier? TargetTier { get; init; }
    public string Provider { get; init; } = "";
    public int? Hours { get; init; }
    public string Assessment { get; init; } = "";
    public int? Capacity { get; init; }
    public DateOnly? StartsOn { get; init; }
    public DateOnly? EndsOn { get; init; }
    /// <summary>Cost per person in yuan ("1200" or "1200.50").</summary>
    public string? Cost { get; init; }
    /// <summary>Union subsidy per person in yuan.</summary>
    public string? Subsidy { get; init; }
    public bool IsApproved { get; init; }
}

public sealed class SaveTrainingProgrammeValidator : AbstractValidator<SaveTrainingProgrammeCommand>
{
    public SaveTrainingProgrammeValidator()
    {
        RuleFor(c => c.Title).NotEmpty().WithMessage("请填写项目名称。");
        RuleFor(c => c.Provider).NotEmpty().WithMessage("请填写培训机构。");
        RuleFor(c => c.Assessment).NotEmpty().WithMessage("请填写考核方式。");
        RuleFor(c => c.Hours).NotNull().WithMessage("请填写学时。");
        RuleFor(c => c.Capacity).NotNull().WithMessage("请填写名额。");
        RuleFor(c => c.StartsOn).NotNull().WithMessage("请填写开班日期。");
        RuleFor(c => c.EndsOn).NotNull().WithMessage("请填写结束日期。");
        RuleFor(c => c.Cost).Must(t => string.IsNullOrWhiteSpace(t) || Money.TryParseYuan(t, out _)).WithMessage("费用应为金额（元），最多两位小数。");
        RuleFor(c => c.Subsidy).Must(t => string.IsNullOrWhiteSpace(t) || Money.TryParseYuan(t, out _)).WithMessage("补贴应为金额（元），最多两位小数。");
        RuleFor(c => c.Version).NotNull().When(c => c.Id is not null).WithMessage("缺少版本号，请刷新页面后重试。");
        RuleFor(c => c.TargetTier).IsInEnum().WithMessage("目标层级无效。");
    }
}

public sealed class SaveTrainingProgrammeHandler(SkillsLadderDbContext db, ICurrentUser user)
    : MediatR.IRequestHandler<SaveTrainingProgrammeCommand, int>
{
    public async Task<int> Handle(SaveTrainingProgrammeCommand request, CancellationToken cancellationToken)
    {
        try
        {
            return await SaveAsync(request, cancellationToken);
        }
        catch (DomainException e) when (e.Field is nameof(TrainingProgramme.CostFen) or nameof(TrainingProgramme.SubsidyFen))
        {
            // The domain names the fen columns; the form and the API take yuan under Cost and Subsidy.
            throw RequestValidationException.For(e.Field == nameof(TrainingProgramme.CostFen) ? nameof(request.Cost) : nameof(request.Subsidy), e.Message);
        }
    }

    private async Task<int> SaveAsync(SaveTrainingProgrammeCommand request, CancellationToken cancellationToken)
    {
        user.EnsureTrainingManager();
        if (request.OccupationId is { } occupationId && !await db.Occupations.AnyAsync(o => o.Id == occupationId, cancellationToken))
            throw RequestValidationException.For(nameof(request.OccupationId), "所选职业（工种）不存在。");
        var (cost, subsidy) = (Yuan(request.Cost), Yuan(request.Subsidy));
        var tier = request.TargetTier is TalentTier.None ? null : request.TargetTier;
        if (request.Id is not { } id)
        {
            var programme = new TrainingProgramme(request.Title, request.OccupationId, tier, request.Provider, request.Hours!.Value,
                request.Assessment, request.Capacity!.Value, request.StartsOn!.Value, request.EndsOn!.Value, cost, subsidy, request.IsApproved);
            db.TrainingProgrammes.Add(programme);
            await db.SaveChangesAsync(cancellationToken);
            return programme.Id;
        }
        var existing = await db.ProgrammeAsync(id, tracked: true, cancellationToken);
        db.Entry(existing).Property(p => p.Version).OriginalValue = request.Version!.Value;
        // Fewer places than enrolled workers would leave someone enrolled beyond capacity.
        var enrolled = await db.TrainingEnrolments.CountAsync(e => e.ProgrammeId == id && e.Status != EnrolmentStatus.Withdrawn, cancellationToken);
        if (request.Capacity < enrolled)
            throw new DomainException("training.capacity_below", $"已有 {enrolled} 人报名，名额不能少于 {enrolled}。", nameof(request.Capacity));
        existing.Update(request.Title, request.OccupationId, tier, request.Provider, request.Hours!.Value, request.Assessment,
            request.Capacity!.Value, request.StartsOn!.Value, request.EndsOn!.Value, cost, subsidy, request.IsApproved);
        await db.SaveChangesAsync(cancellationToken);
        return id;
    }

    private static long Yuan(string? text) => string.IsNullOrWhiteSpace(text) ? 0 : Money.ParseYuan(text, "Cost");
}
