using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Workers;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Honours;

namespace SkillsLadder.Application.Features.Honours;

/// <summary>
/// An enterprise nominates one of its own workers for an active catalogue honour, with written evidence (事迹材料).
/// Enterprise HR may nominate only its own workers; federation reviewers and admins may nominate anyone.
/// </summary>
public sealed record NominateWorkerCommand : ICommand<int>
{
    public int WorkerId { get; init; }
    public int HonourTypeId { get; init; }
    public string Evidence { get; init; } = "";
}

public sealed class NominateWorkerValidator : AbstractValidator<NominateWorkerCommand>
{
    public NominateWorkerValidator()
    {
        RuleFor(c => c.WorkerId).GreaterThan(0).WithMessage("请选择被推荐的职工。");
        RuleFor(c => c.HonourTypeId).GreaterThan(0).WithMessage("请选择推荐的荣誉。");
        RuleFor(c => c.Evidence).Must(e => e?.Trim().Length >= 10).WithMessage("请填写事迹材料（至少 10 个字）。")
            .MaximumLength(Nomination.EvidenceMaxLength).WithMessage($"事迹材料最多 {Nomination.EvidenceMaxLength} 个字。");
    }
}

public sealed class NominateWorkerHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock) : MediatR.IRequestHandler<NominateWorkerCommand, int>
{
    public async Task<int> Handle(NominateWorkerCommand request, CancellationToken ct)
    {
        if (!user.IsFederationReviewer() && !user.IsEnterpriseHr()) throw new ForbiddenException("只有企业人事或总工会审核人员可以推荐。");
        var worker = await db.Workers.AsNoTracking().Where(w => w.Id == request.WorkerId).Select(w => new { w.Id, w.EnterpriseId }).SingleOrDefaultAsync(ct)
            ?? throw RequestValidationException.For(nameof(request.WorkerId), "所选职工不存在。");
        if (user.IsEnterpriseHr() && worker.EnterpriseId != user.EnterpriseId) throw new ForbiddenException("企业只能推荐本企业的职工。");
        var honour = await db.HonourTypes.SingleOrDefaultAsync(h => h.Id == request.HonourTypeId, ct)
            ?? throw RequestValidationException.For(nameof(request.HonourTypeId), "所选荣誉不存在。");
        // The unique index covers result nominations only (by snapshot); an open enterprise nomination is checked here.
        if (await db.Nominations.AnyAsync(n => n.WorkerId == worker.Id && n.HonourTypeId == honour.Id
                && n.Status != NominationStatus.Rejected && n.Status != NominationStatus.Withdrawn && n.Status != NominationStatus.Conferred, ct))
            throw new DomainException("nomination.duplicate", $"该职工已有一条“{honour.Name}”推荐正在办理中。");
        var by = await db.SignatureAsync(user, ct);
        var nomination = WorkerChecks.AsFieldErrors(() =>
            Nomination.ForHonourByEnterprise(worker.Id, honour, worker.EnterpriseId, request.Evidence, by, clock.GetUtcNow().UtcDateTime));
        db.Nominations.Add(nomination);
        await db.SaveChangesAsync(ct);
        return nomination.Id;
    }
}
