using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Studios;

/// <summary>The federation names a studio in an enterprise, led by one of its workers (劳模、工匠、技能大师).</summary>
public sealed record CreateStudioCommand : ICommand<int>
{
    public string Name { get; init; } = "";
    public StudioKind Kind { get; init; } = StudioKind.ModelWorkerCraftsman;
    public int EnterpriseId { get; init; }
    public int LeadWorkerId { get; init; }
    public DateOnly? FoundedOn { get; init; }
}

public sealed class CreateStudioValidator : AbstractValidator<CreateStudioCommand>
{
    public CreateStudioValidator(TimeProvider clock)
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("请填写工作室名称。")
            .MaximumLength(InnovationStudio.NameMaxLength).WithMessage($"工作室名称最多 {InnovationStudio.NameMaxLength} 个字。");
        RuleFor(c => c.Kind).IsInEnum().WithMessage("工作室类型无效。");
        RuleFor(c => c.EnterpriseId).GreaterThan(0).WithMessage("请选择所在企业。");
        RuleFor(c => c.LeadWorkerId).GreaterThan(0).WithMessage("请选择领衔人。");
        RuleFor(c => c.FoundedOn).NotNull().WithMessage("请填写命名日期。")
            .Must(d => d <= clock.Today()).WithMessage("命名日期不能晚于今天。");
    }
}

public sealed class CreateStudioHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<CreateStudioCommand, int>
{
    public async Task<int> Handle(CreateStudioCommand request, CancellationToken cancellationToken)
    {
        user.EnsureMayRunStudios();
        if (await db.Enterprises.FindAsync([request.EnterpriseId], cancellationToken) is null)
            throw RequestValidationException.For(nameof(request.EnterpriseId), "所选企业不存在。");
        await db.EnsureWorkerOfAsync(request.LeadWorkerId, request.EnterpriseId, nameof(request.LeadWorkerId), cancellationToken);
        var studio = new InnovationStudio(request.Name, request.Kind, request.EnterpriseId, request.LeadWorkerId, request.FoundedOn!.Value);
        db.InnovationStudios.Add(studio);
        await db.SaveChangesAsync(cancellationToken);
        return studio.Id;
    }
}
