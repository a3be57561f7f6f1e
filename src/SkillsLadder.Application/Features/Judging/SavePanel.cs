using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Judging;

/// <summary>Creates (PanelId null) or changes a marking group: its name, judges and the criteria it marks.</summary>
public sealed record SavePanelCommand(int CompetitionId, int? PanelId, string Name, IReadOnlyList<int> JudgeIds, IReadOnlyList<int> CriterionIds)
    : ICommand<int>;

public sealed class SavePanelValidator : AbstractValidator<SavePanelCommand>
{
    public SavePanelValidator()
    {
        RuleFor(p => p.Name).NotEmpty().WithMessage("请填写评分组名称。").MaximumLength(JudgePanel.NameMaxLength);
        RuleFor(p => p.JudgeIds).NotEmpty().WithMessage("评分组至少需要一名裁判。");
        RuleFor(p => p.CriterionIds).NotEmpty().WithMessage("评分组至少要负责一个评分标准。");
    }
}

public sealed class SavePanelHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<SavePanelCommand, int>
{
    public async Task<int> Handle(SavePanelCommand request, CancellationToken ct)
    {
        var competition = await db.CompetitionForOrganizerAsync(user, request.CompetitionId, ct);
        if (competition.Status >= CompetitionStatus.Locked)
            throw new DomainException("panel.after_lock", "竞赛已锁定，不能再调整评分组。");
        var judgeIds = request.JudgeIds.Distinct().ToList();
        var criterionIds = request.CriterionIds.Distinct().ToList();
        var ownJudges = await db.CompetitionJudges.Where(j => j.CompetitionId == competition.Id && judgeIds.Contains(j.Id)).CountAsync(ct);
        if (ownJudges != judgeIds.Count) throw RequestValidationException.For(nameof(request.JudgeIds), "所选裁判不全是本赛裁判。");
        var practical = competition.Components.Where(c => c.Kind != ComponentKind.Theory).SelectMany(c => c.Criteria).ToList();
        if (criterionIds.Any(id => practical.All(k => k.Id != id)))
            throw RequestValidationException.For(nameof(request.CriterionIds), "所选评分标准不属于本赛的实操评分方案（理论成绩通过导入录入）。");
        var panel = request.PanelId is { } panelId
            ? await db.JudgePanels.Include(p => p.Members).Include(p => p.Criteria)
                  .SingleOrDefaultAsync(p => p.Id == panelId && p.CompetitionId == competition.Id, ct)
              ?? throw new NotFoundException("Panel", panelId)
            : db.JudgePanels.Add(new JudgePanel(competition.Id, request.Name)).Entity;
        var taken = await db.PanelCriteria.Where(c => criterionIds.Contains(c.CriterionId) && c.PanelId != panel.Id)
            .Select(c => c.CriterionId).ToListAsync(ct);
        if (taken.Count > 0)
            throw RequestValidationException.For(nameof(request.CriterionIds),
                $"评分标准 {string.Join("、", practical.Where(k => taken.Contains(k.Id)).Select(k => k.Code))} 已由其他评分组负责。");
        if (request.PanelId is not null && competition.Status >= CompetitionStatus.Marking &&
            panel.Criteria.Any(c => !criterionIds.Contains(c.CriterionId)))
            throw new DomainException("panel.marking_started", "评分已开始，不能从评分组移走评分标准。");
        panel.Rename(request.Name);
        panel.Assign(judgeIds, criterionIds);
        await db.SaveChangesAsync(ct);
        return panel.Id;
    }
}
