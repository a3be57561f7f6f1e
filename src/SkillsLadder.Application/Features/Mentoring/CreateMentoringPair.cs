using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Mentoring;

public sealed record MilestoneInput(string Title, DateOnly? DueOn);

/// <summary>
/// Writes a master–apprentice plan (draft until the three parties sign). Both workers must belong to one enterprise,
/// whose HR (or an admin) files it; their level ranks come from the directory today, so the domain's rule that a
/// mentor stands above the apprentice is checked against what the ladder records, not what the form says.
/// </summary>
public sealed record CreateMentoringPairCommand : ICommand<int>
{
    public int MentorWorkerId { get; init; }
    public int ApprenticeWorkerId { get; init; }
    public string Plan { get; init; } = "";
    public DateOnly? StartsOn { get; init; }
    public DateOnly? EndsOn { get; init; }
    public IReadOnlyList<MilestoneInput> Milestones { get; init; } = [];
}

public sealed class CreateMentoringPairValidator : AbstractValidator<CreateMentoringPairCommand>
{
    public CreateMentoringPairValidator()
    {
        RuleFor(c => c.MentorWorkerId).GreaterThan(0).WithMessage("请选择师傅。");
        RuleFor(c => c.ApprenticeWorkerId).GreaterThan(0).WithMessage("请选择徒弟。");
        RuleFor(c => c.Plan).NotEmpty().WithMessage("请填写培养计划。")
            .MinimumLength(20).WithMessage("培养计划至少 20 个字。")
            .MaximumLength(MentoringPair.PlanMaxLength).WithMessage($"培养计划最多 {MentoringPair.PlanMaxLength} 个字。");
        RuleFor(c => c.StartsOn).NotNull().WithMessage("请填写开始日期。");
        RuleFor(c => c.EndsOn).NotNull().WithMessage("请填写结束日期。");
        RuleFor(c => c.Milestones).NotEmpty().WithMessage("请至少填写一个培养节点。");
        RuleForEach(c => c.Milestones).Must(m => !string.IsNullOrWhiteSpace(m.Title) && m.DueOn is not null)
            .WithMessage("每个节点都要有名称和日期。").OverridePropertyName("Milestones");
    }
}

public sealed class CreateMentoringPairHandler(SkillsLadderDbContext db, ICurrentUser user)
    : MediatR.IRequestHandler<CreateMentoringPairCommand, int>
{
    public async Task<int> Handle(CreateMentoringPairCommand request, CancellationToken cancellationToken)
    {
        var ids = new[] { request.MentorWorkerId, request.ApprenticeWorkerId };
        var workers = await db.Workers.AsNoTracking().Where(w => ids.Contains(w.Id))
            .Select(w => new { w.Id, w.EnterpriseId }).ToDictionaryAsync(w => w.Id, cancellationToken);
        var mentor = workers.GetValueOrDefault(request.MentorWorkerId)
            ?? throw RequestValidationException.For(nameof(request.MentorWorkerId), "所选师傅不存在。");
        var apprentice = workers.GetValueOrDefault(request.ApprenticeWorkerId)
            ?? throw RequestValidationException.For(nameof(request.ApprenticeWorkerId), "所选徒弟不存在。");
        if (!user.MayManagePairsOf(mentor.EnterpriseId)) throw new ForbiddenException("只有本企业人力资源部门可以建立师带徒关系。");
        if (apprentice.EnterpriseId != mentor.EnterpriseId)
            throw RequestValidationException.For(nameof(request.ApprenticeWorkerId), "师傅和徒弟应在同一企业。");

        var pair = new MentoringPair(mentor.Id, await db.LevelRankAsync(mentor.Id, cancellationToken),
            apprentice.Id, await db.LevelRankAsync(apprentice.Id, cancellationToken), mentor.EnterpriseId,
            request.Plan, request.StartsOn!.Value, request.EndsOn!.Value,
            request.Milestones.Select(m => (m.Title.Trim(), m.DueOn!.Value)).ToList());
        db.MentoringPairs.Add(pair);
        await db.SaveChangesAsync(cancellationToken);
        return pair.Id;
    }
}
