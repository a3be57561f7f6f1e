using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Campaigns;

/// <summary>
/// Saves the whole scheme as a new version applying from period <see cref="FromPeriod"/> on (periods already assessed
/// keep theirs). <see cref="LatestNumber"/> is the newest version the organizer saw (0: none yet); if someone saved a
/// version meanwhile, this one is refused rather than silently stacked on top.
/// </summary>
public sealed record SaveIndicatorSchemeCommand : ICommand<int>
{
    public int CampaignId { get; init; }
    public int LatestNumber { get; init; }
    public int FromPeriod { get; init; } = 1;
    public IndicatorSchemeInput? Scheme { get; init; }
}

public sealed class SaveIndicatorSchemeValidator : AbstractValidator<SaveIndicatorSchemeCommand>
{
    public SaveIndicatorSchemeValidator()
    {
        RuleFor(c => c.Scheme).NotNull().WithMessage("请提供考核指标方案。");
        RuleFor(c => c.FromPeriod).GreaterThanOrEqualTo(1).WithMessage("请选择新方案从哪一期起生效。");
    }
}

public sealed class SaveIndicatorSchemeHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<SaveIndicatorSchemeCommand, int>
{
    public async Task<int> Handle(SaveIndicatorSchemeCommand request, CancellationToken cancellationToken)
    {
        var campaign = await db.CampaignForOrganizerAsync(user, request.CampaignId, cancellationToken);
        var latest = campaign.Schemes.Count == 0 ? 0 : campaign.Schemes.Max(s => s.Number);
        if (latest != request.LatestNumber)
            throw new ConflictException("scheme.stale", $"考核指标方案已被他人保存为第 {latest} 版，请刷新后再改。");
        var definition = request.Scheme!.ToDefinition();
        var last = Math.Max(1, campaign.Periods.Count);
        if (request.FromPeriod > last)
            throw RequestValidationException.For(nameof(request.FromPeriod), $"本竞赛只有 {campaign.Periods.Count} 个考核期。");
        var firstUnassessed = await db.FirstUnassessedPeriodAsync(campaign.Id, cancellationToken);
        var scheme = CompetitionFieldsMapping.AsFieldErrors(() =>
            campaign.ReplaceScheme(definition, request.FromPeriod, firstUnassessed, user.UserName ?? "?", clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return scheme.Number;
    }
}
