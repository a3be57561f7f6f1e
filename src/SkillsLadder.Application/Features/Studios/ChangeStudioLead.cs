using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Studios;

/// <summary>
/// The federation hands a studio to a new lead of the same enterprise. A current member who becomes lead leaves the
/// roll that day: the domain keeps lead and members apart, and the membership dates stay true.
/// </summary>
public sealed record ChangeStudioLeadCommand(int StudioId, int WorkerId) : ICommand<int>;

public sealed class ChangeStudioLeadValidator : AbstractValidator<ChangeStudioLeadCommand>
{
    public ChangeStudioLeadValidator() => RuleFor(c => c.WorkerId).GreaterThan(0).WithMessage("请选择新的领衔人。");
}

public sealed class ChangeStudioLeadHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<ChangeStudioLeadCommand, int>
{
    public async Task<int> Handle(ChangeStudioLeadCommand request, CancellationToken cancellationToken)
    {
        user.EnsureMayRunStudios();
        var studio = await db.StudioAsync(request.StudioId, cancellationToken);
        if (studio.LeadWorkerId == request.WorkerId) throw RequestValidationException.For(nameof(request.WorkerId), "该职工已是领衔人。");
        await db.EnsureWorkerOfAsync(request.WorkerId, studio.EnterpriseId, nameof(request.WorkerId), cancellationToken);
        if (studio.Members.Any(m => m.WorkerId == request.WorkerId && m.LeftOn is null)) studio.Leave(request.WorkerId, clock.Today());
        studio.ChangeLead(request.WorkerId);
        await db.SaveChangesAsync(cancellationToken);
        return studio.Id;
    }
}
