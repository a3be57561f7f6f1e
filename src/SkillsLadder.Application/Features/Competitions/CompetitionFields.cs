using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Competitions;

/// <summary>The particulars an organizer fills in; create and edit share them and their checks.</summary>
public interface ICompetitionFields
{
    string Name { get; }
    CompetitionLevel Level { get; }
    CompetitionClass Class { get; }
    int OccupationId { get; }
    int? IndustryId { get; }
    string? Theme { get; }
    string Organizer { get; }
    DateOnly? StartsOn { get; }
    DateOnly? EndsOn { get; }
    string Venue { get; }
    int TeamSize { get; }
    bool OccupationMustMatch { get; }
    int? MinimumLevelId { get; }
    int? MaximumLevelId { get; }
    int? MinimumYearsInPost { get; }
    int? HonourCoolingOffYears { get; }
    /// <summary>At least this title grade by the level ↔ title table (null: no such rule).</summary>
    Domain.Training.TitleGrade? MinimumTitleGrade { get; }
}

public sealed class CompetitionFieldsValidator : AbstractValidator<ICompetitionFields>
{
    public CompetitionFieldsValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("请填写竞赛名称。").MaximumLength(Competition.NameMaxLength);
        RuleFor(c => c.Level).IsInEnum().WithMessage("请选择竞赛级别。");
        RuleFor(c => c.Class).IsInEnum().WithMessage("请选择竞赛类别。");
        RuleFor(c => c.OccupationId).GreaterThan(0).WithMessage("请选择职业（工种）。");
        RuleFor(c => c.Organizer).NotEmpty().WithMessage("请填写主办单位。").MaximumLength(Competition.NameMaxLength);
        RuleFor(c => c.Venue).NotEmpty().WithMessage("请填写比赛地点。").MaximumLength(Competition.TextMaxLength);
        RuleFor(c => c.Theme).MaximumLength(Competition.TextMaxLength);
        RuleFor(c => c.StartsOn).NotNull().WithMessage("请填写开始日期。");
        RuleFor(c => c.EndsOn).NotNull().WithMessage("请填写结束日期。");
        RuleFor(c => c.EndsOn).GreaterThanOrEqualTo(c => c.StartsOn).When(c => c.StartsOn is not null && c.EndsOn is not null)
            .WithMessage("结束日期不能早于开始日期。");
        RuleFor(c => c.TeamSize).InclusiveBetween(1, Competition.MaximumTeamSize).WithMessage($"每队人数应在 1–{Competition.MaximumTeamSize} 之间（1 为个人赛）。");
        RuleFor(c => c.MinimumYearsInPost).InclusiveBetween(0, 50).WithMessage("任职年限应在 0–50 年之间。");
        RuleFor(c => c.HonourCoolingOffYears).InclusiveBetween(0, 20).WithMessage("获奖间隔应在 0–20 年之间。");
        RuleFor(c => c.MinimumTitleGrade).IsInEnum().WithMessage("职称级别无效。");
    }
}

internal static class CompetitionFieldsMapping
{
    /// <summary>Checks the references and turns the fields into the domain's details (level ids become ladder ranks).</summary>
    public static async Task<CompetitionDetails> ToDetailsAsync(this ICompetitionFields f, SkillsLadderDbContext db, CancellationToken ct)
    {
        if (!await db.Occupations.AnyAsync(o => o.Id == f.OccupationId, ct))
            throw RequestValidationException.For(nameof(f.OccupationId), "所选职业不存在。");
        if (f.IndustryId is { } industry && !await db.Industries.AnyAsync(i => i.Id == industry, ct))
            throw RequestValidationException.For(nameof(f.IndustryId), "所选行业不存在。");
        var minimum = await RankAsync(db, f.MinimumLevelId, nameof(f.MinimumLevelId), ct);
        var maximum = await RankAsync(db, f.MaximumLevelId, nameof(f.MaximumLevelId), ct);
        if (minimum > maximum) throw RequestValidationException.For(nameof(f.MinimumLevelId), "最低等级不能高于最高等级。");
        var rules = new EligibilityRules(f.OccupationMustMatch, minimum, maximum, f.MinimumYearsInPost, f.HonourCoolingOffYears, f.MinimumTitleGrade);
        return new CompetitionDetails(f.Name, f.Level, f.Class, f.OccupationId, f.IndustryId, f.Theme, f.Organizer,
            f.StartsOn!.Value, f.EndsOn!.Value, f.Venue, f.TeamSize, rules);
    }

    private static async Task<int?> RankAsync(SkillsLadderDbContext db, int? levelId, string field, CancellationToken ct)
    {
        if (levelId is not { } id) return null;
        return await db.SkillLevels.Where(l => l.Id == id).Select(l => (int?)l.Rank).SingleOrDefaultAsync(ct)
               ?? throw RequestValidationException.For(field, "所选技能等级不存在。");
    }

    /// <summary>Domain refusals that name a field become field errors, so pages show them next to the input.</summary>
    public static T AsFieldErrors<T>(Func<T> action)
    {
        try { return action(); }
        catch (DomainException e) when (e.Field is not null) { throw RequestValidationException.For(e.Field, e.Message); }
    }
}
