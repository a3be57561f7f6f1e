using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Studios;

/// <summary>A worker of the studio's enterprise joins on a date (the ladder counts membership from it).</summary>
public sealed record JoinStudioCommand(int StudioId, int WorkerId, DateOnly? On) : ICommand<int>;

/// <summary>A member leaves on a date; the row stays, so past membership still counts where the policy allows.</summary>
public sealed record LeaveStudioCommand(int StudioId, int WorkerId, DateOnly? On) : ICommand<int>;

public sealed class JoinStudioValidator : AbstractValidator<JoinStudioCommand>
{
    public JoinStudioValidator(TimeProvider clock)
    {
        RuleFor(c => c.WorkerId).GreaterThan(0).WithMessage("请选择职工。");
        RuleFor(c => c.On).NotNull().WithMessage("请填写加入日期。").Must(d => d <= clock.Today()).WithMessage("加入日期不能晚于今天。");
    }
}

public sealed class LeaveStudioValidator : AbstractValidator<LeaveStudioCommand>
{
    public LeaveStudioValidator(TimeProvider clock)
    {
        RuleFor(c => c.WorkerId).GreaterThan(0).WithMessage("请选择职工。");
        RuleFor(c => c.On).NotNull().WithMessage("请填写退出日期。").Must(d => d <= clock.Today()).WithMessage("退出日期不能晚于今天。");
    }
}

public sealed class JoinStudioHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<JoinStudioCommand, int>
{
    public async Task<int> Handle(JoinStudioCommand request, CancellationToken cancellationToken)
    {
        var studio = await db.StudioAsync(request.StudioId, cancellationToken);
        user.EnsureMayKeepRecordsOf(studio);
        await db.EnsureWorkerOfAsync(request.WorkerId, studio.EnterpriseId, nameof(request.WorkerId), cancellationToken);
        studio.Join(request.WorkerId, request.On!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return studio.Id;
    }
}

public sealed class LeaveStudioHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<LeaveStudioCommand, int>
{
    public async Task<int> Handle(LeaveStudioCommand request, CancellationToken cancellationToken)
    {
        var studio = await db.StudioAsync(request.StudioId, cancellationToken);
        user.EnsureMayKeepRecordsOf(studio);
        studio.Leave(request.WorkerId, request.On!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return studio.Id;
    }
}
