using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Innovation;

/// <summary>
/// Submits a 五小 or 合理化建议: a worker for themself, or enterprise HR (or an admin) for a worker of the enterprise.
/// Co-authors come from the same enterprise. An entry raised in a running labour campaign names the team it counts
/// for: a unit of the worker's enterprise or the worker's own individual entry (the campaign follows from it).
/// </summary>
public sealed record SubmitInnovationCommand : ICommand<int>
{
    /// <summary>The lead author; null: the signed-in worker.</summary>
    public int? WorkerId { get; init; }
    public InnovationKind? Kind { get; init; }
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public string? ExpectedBenefit { get; init; }
    public List<int> CoAuthorWorkerIds { get; init; } = [];
    public int? CampaignId { get; init; }
    public int? ParticipantId { get; init; }
}

public sealed class SubmitInnovationValidator : AbstractValidator<SubmitInnovationCommand>
{
    public SubmitInnovationValidator()
    {
        RuleFor(c => c.Kind).NotNull().WithMessage("请选择成果类别。").IsInEnum().WithMessage("请选择成果类别。");
        RuleFor(c => c.Title).Must(t => t?.Trim().Length is >= 4 and <= InnovationEntry.TitleMaxLength)
            .WithMessage($"名称应为 4–{InnovationEntry.TitleMaxLength} 个字。");
        RuleFor(c => c.Description).Must(t => t?.Trim().Length is >= 10 and <= InnovationEntry.TextMaxLength)
            .WithMessage($"请用 10–{InnovationEntry.TextMaxLength} 个字说明成果内容（改进了什么、怎么做）。");
        RuleFor(c => c.ExpectedBenefit).MaximumLength(InnovationEntry.TextMaxLength).WithMessage($"预期效益最多 {InnovationEntry.TextMaxLength} 个字。");
        RuleFor(c => c.CoAuthorWorkerIds).Must(ids => ids.Distinct().Count() < InnovationEntry.MaxAuthors)
            .WithMessage($"完成人（含本人）最多 {InnovationEntry.MaxAuthors} 名。");
        RuleFor(c => c.ParticipantId).NotNull().When(c => c.CampaignId is not null).WithMessage("请选择计入的参赛单位或个人。");
    }
}

public sealed class SubmitInnovationHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<SubmitInnovationCommand, int>
{
    public async Task<int> Handle(SubmitInnovationCommand request, CancellationToken cancellationToken)
    {
        var workerId = request.WorkerId ?? user.WorkerId
            ?? throw RequestValidationException.For(nameof(request.WorkerId), "请选择申报成果的职工。");
        var worker = await db.Workers.Where(w => w.Id == workerId).Select(w => new { w.Id, w.EnterpriseId, Enterprise = w.Enterprise!.Name })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Worker", workerId);
        if (!user.MaySubmitFor(worker.Id, worker.EnterpriseId)) throw new ForbiddenException("您只能为本人或本企业的职工申报创新成果。");

        var coAuthors = request.CoAuthorWorkerIds.Where(id => id != worker.Id).Distinct().ToList();
        var found = await db.Workers.Where(w => coAuthors.Contains(w.Id)).Select(w => new { w.Id, w.FullName, w.EnterpriseId }).ToListAsync(cancellationToken);
        if (found.Count != coAuthors.Count)
            throw RequestValidationException.For(nameof(request.CoAuthorWorkerIds), "所选完成人不存在。");
        if (found.Where(w => w.EnterpriseId != worker.EnterpriseId).Select(w => w.FullName).ToList() is { Count: > 0 } outsiders)
            throw RequestValidationException.For(nameof(request.CoAuthorWorkerIds), $"完成人须是{worker.Enterprise}的职工：{string.Join("、", outsiders)}。");

        var campaignId = await CheckTeamAsync(request, worker.Id, worker.EnterpriseId, cancellationToken);
        // Title and description guards name their fields: they come back as field errors (400).
        var entry = new InnovationEntry(request.Kind!.Value, request.Title, request.Description, request.ExpectedBenefit, worker.Id,
            worker.EnterpriseId, coAuthors, campaignId, request.ParticipantId, clock.GetUtcNow().UtcDateTime);
        db.InnovationEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return entry.Id;
    }

    /// <summary>The campaign the chosen team takes part in (null without a team), refused unless it runs and the team is the worker's.</summary>
    private async Task<int?> CheckTeamAsync(SubmitInnovationCommand request, int workerId, int enterpriseId, CancellationToken ct)
    {
        if (request.ParticipantId is not { } participantId) return null;
        var team = await (from p in db.CampaignParticipants
                          join c in db.Campaigns on p.CampaignId equals c.Id
                          where p.Id == participantId
                          select new { p.CampaignId, p.Kind, p.EnterpriseId, p.WorkerId, p.IsActive, c.Status }).SingleOrDefaultAsync(ct)
            ?? throw RequestValidationException.For(nameof(request.ParticipantId), "所选参赛单位不存在。");
        string? problem = team switch
        {
            _ when request.CampaignId is { } id && id != team.CampaignId => "所选参赛者不在该劳动竞赛中。",
            { Status: not CampaignStatus.Running } => "只能计入进行中的劳动竞赛。",
            { IsActive: false } => "该参赛者已退出竞赛。",
            { Kind: ParticipantKind.Unit } when team.EnterpriseId != enterpriseId => "只能计入本企业的参赛单位。",
            { Kind: ParticipantKind.Individual } when team.WorkerId != workerId => "只能计入申报人本人的个人参赛项。",
            _ => null,
        };
        return problem is null ? team.CampaignId : throw RequestValidationException.For(nameof(request.ParticipantId), problem);
    }
}
