using FluentValidation;
using MediatR;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Registration;

/// <summary>Whether a worker may enter a competition, and every reason why not (as the organizer will read them).</summary>
public sealed record CheckEligibilityQuery(int CompetitionId, int WorkerId) : IRequest<EligibilityResult>;

public sealed record EligibilityResult(int WorkerId, string FullName, bool Eligible, IReadOnlyList<string> Reasons);

public sealed class CheckEligibilityValidator : AbstractValidator<CheckEligibilityQuery>
{
    public CheckEligibilityValidator() => RuleFor(q => q.WorkerId).GreaterThan(0).WithMessage("请选择职工。");
}

public sealed class CheckEligibilityHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<CheckEligibilityQuery, EligibilityResult>
{
    public async Task<EligibilityResult> Handle(CheckEligibilityQuery request, CancellationToken cancellationToken)
    {
        user.EnsureOrganizer();
        var context = await db.ContextAsync(request.CompetitionId, cancellationToken);
        var candidates = await db.CandidatesAsync(db.Workers.Where(w => w.Id == request.WorkerId), cancellationToken);
        var candidate = candidates.GetValueOrDefault(request.WorkerId) ?? throw new NotFoundException("Worker", request.WorkerId);
        var reasons = context.Reasons(candidate);
        return new EligibilityResult(candidate.WorkerId, candidate.FullName, reasons.Count == 0, reasons);
    }
}
