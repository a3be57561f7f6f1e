using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Ladder;

namespace SkillsLadder.Application.Features.Ladder;

/// <summary>
/// Saves the ladder rules as a new numbered version (versions are never edited: past evaluations must stay
/// explainable by the policy then in force). Workers' recorded tiers follow at the next re-evaluation.
/// </summary>
public sealed record SaveLadderPolicyCommand : ICommand<int>
{
    public DateOnly? EffectiveFrom { get; init; }
    public int Tier1MinLevelRank { get; init; }
    public int Tier2MinLevelRank { get; init; }
    public string? Note { get; init; }
    public List<LevelRouteLine> Routes { get; init; } = [];
}

public sealed class SaveLadderPolicyValidator : AbstractValidator<SaveLadderPolicyCommand>
{
    public SaveLadderPolicyValidator()
    {
        RuleFor(c => c.EffectiveFrom).NotNull().WithMessage("请填写生效日期。");
        RuleFor(c => c.Tier1MinLevelRank).GreaterThan(0).WithMessage("请选择技能人才的起点等级。");
        RuleFor(c => c.Tier2MinLevelRank).GreaterThan(c => c.Tier1MinLevelRank).When(c => c.Tier1MinLevelRank > 0)
            .WithMessage("高技能人才的起点等级应高于技能人才的起点等级。");
        RuleFor(c => c.Note).MaximumLength(LadderPolicy.NoteMaxLength).WithMessage($"说明最多 {LadderPolicy.NoteMaxLength} 个字。");
        RuleFor(c => c.Routes).NotEmpty().WithMessage("至少要有一条晋级路径。");
        RuleForEach(c => c.Routes).SetValidator(new LevelRouteLineValidator());
    }
}

public sealed class SaveLadderPolicyHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<SaveLadderPolicyCommand, int>
{
    public async Task<int> Handle(SaveLadderPolicyCommand request, CancellationToken cancellationToken)
    {
        user.EnsureCanChangePolicy();
        var effectiveFrom = request.EffectiveFrom!.Value;
        await CheckDateAsync(effectiveFrom, cancellationToken);
        var routes = await RoutesAsync(request, cancellationToken);
        var number = (await db.LadderPolicies.MaxAsync(p => (int?)p.Number, cancellationToken) ?? 0) + 1;
        // Tier and duplicate-route rules live in the policy's constructor; their field names are those of this command.
        var policy = new LadderPolicy(number, effectiveFrom, request.Tier1MinLevelRank, request.Tier2MinLevelRank, routes,
            request.Note, user.UserName ?? "?", clock.GetUtcNow().UtcDateTime);
        db.LadderPolicies.Add(policy);
        await db.SaveChangesAsync(cancellationToken);
        return number;
    }

    /// <summary>Not in the past, and not before the latest version: a version only ever takes over from the ones before it.</summary>
    private async Task CheckDateAsync(DateOnly effectiveFrom, CancellationToken ct)
    {
        var today = clock.Today();
        if (effectiveFrom < today)
            throw RequestValidationException.For(nameof(SaveLadderPolicyCommand.EffectiveFrom), $"生效日期不能早于今天（{today:yyyy-MM-dd}）。");
        var latest = await db.LadderPolicies.OrderByDescending(p => p.EffectiveFrom).ThenByDescending(p => p.Number)
            .Select(p => new { p.Number, p.EffectiveFrom }).FirstOrDefaultAsync(ct);
        if (latest is not null && effectiveFrom < latest.EffectiveFrom)
            throw RequestValidationException.For(nameof(SaveLadderPolicyCommand.EffectiveFrom),
                $"生效日期不能早于第 {latest.Number} 版的生效日期（{latest.EffectiveFrom:yyyy-MM-dd}）。");
    }

    /// <summary>Builds every route, collecting all row errors (ladder height, occupation, the route's own rules) at once.</summary>
    private async Task<List<LevelRoute>> RoutesAsync(SaveLadderPolicyCommand request, CancellationToken ct)
    {
        var top = await db.TopLevelRankAsync(ct);
        var errors = new Dictionary<string, string[]>();
        if (request.Tier2MinLevelRank > top)
            errors[nameof(request.Tier2MinLevelRank)] = [$"高技能人才的起点等级超出了等级阶梯（共 {top} 级）。"];
        var occupationIds = request.Routes.Where(r => r.OccupationId is not null).Select(r => r.OccupationId!.Value).Distinct().ToList();
        var known = await db.Occupations.Where(o => occupationIds.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct);
        var routes = new List<LevelRoute>();
        for (var i = 0; i < request.Routes.Count; i++)
        {
            var line = request.Routes[i];
            var prefix = $"{nameof(request.Routes)}[{i}].";
            if (line.TargetLevelRank > top)
                errors[prefix + nameof(line.TargetLevelRank)] = [$"目标等级超出了等级阶梯（共 {top} 级）。"];
            else if (line.OccupationId is { } occupation && !known.Contains(occupation))
                errors[prefix + nameof(line.OccupationId)] = ["所选职业不存在。"];
            else
                try { routes.Add(line.ToRoute()); }
                catch (DomainException ex) { errors[prefix + (ex.Field ?? nameof(line.TargetLevelRank))] = [ex.Message]; }
        }
        return errors.Count == 0 ? routes : throw new RequestValidationException(errors);
    }
}
