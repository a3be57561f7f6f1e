using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Features.Bargaining;

/// <summary>
/// A pay grid as a negotiator types it: one row per post class × skill level with base pay and skill allowance in
/// yuan text (parsed exactly to fen), plus the tier-2 and tier-3 allowances. A row with both amounts blank is no cell.
/// </summary>
public sealed record PayGridInput
{
    public List<PayCellInput> Cells { get; init; } = [];
    public string? HighSkilledAllowance { get; init; }
    public string? CraftsmanAllowance { get; init; }

    public PayGrid ToGrid() => new(
        Cells.Where(c => !c.IsBlank).Select(c => new PayCell(c.PostClassId, c.LevelRank,
            Money.ParseYuan(c.Base, nameof(c.Base)), Money.ParseYuan(c.Allowance, nameof(c.Allowance)))),
        Money.ParseYuan(Blank0(HighSkilledAllowance), nameof(HighSkilledAllowance)), Money.ParseYuan(Blank0(CraftsmanAllowance), nameof(CraftsmanAllowance)));

    public static PayGridInput From(PayGrid grid) => new()
    {
        Cells = grid.PayCells.Select(c => new PayCellInput { PostClassId = c.PostClassId, LevelRank = c.LevelRank, Base = Money.Yuan(c.BaseFen), Allowance = Money.Yuan(c.AllowanceFen) }).ToList(),
        HighSkilledAllowance = Money.Yuan(grid.HighSkilledAllowanceFen),
        CraftsmanAllowance = Money.Yuan(grid.CraftsmanAllowanceFen),
    };

    /// <summary>No tier allowance is a zero one.</summary>
    private static string Blank0(string? text) => string.IsNullOrWhiteSpace(text) ? "0" : text;
}

public sealed record PayCellInput
{
    public int PostClassId { get; init; }
    public int LevelRank { get; init; }
    public string? Base { get; init; }
    public string? Allowance { get; init; }
    public bool IsBlank => string.IsNullOrWhiteSpace(Base) && string.IsNullOrWhiteSpace(Allowance);
}

public sealed class PayGridInputValidator : AbstractValidator<PayGridInput>
{
    private const string MoneyMessage = "金额应为不小于 0 的数字，最多两位小数（单位：元）。";

    public PayGridInputValidator()
    {
        RuleFor(g => g.Cells).Must(c => c.Any(x => !x.IsBlank)).WithMessage("工资表至少要填一个岗位等级。");
        RuleFor(g => g.Cells).Must(c => c.GroupBy(x => (x.PostClassId, x.LevelRank)).All(g => g.Count() == 1))
            .WithMessage("同一岗位类别的同一等级只能填一行。");
        RuleForEach(g => g.Cells).ChildRules(cell =>
        {
            cell.RuleFor(c => c.Base).Must(t => Money.TryParseYuan(t, out _)).When(c => !c.IsBlank).WithMessage("请填写基本工资：" + MoneyMessage);
            cell.RuleFor(c => c.Allowance).Must(t => Money.TryParseYuan(t, out _)).When(c => !c.IsBlank).WithMessage("请填写技能津贴：" + MoneyMessage);
        });
        RuleFor(g => g.HighSkilledAllowance).Must(t => string.IsNullOrWhiteSpace(t) || Money.TryParseYuan(t, out _)).WithMessage(MoneyMessage);
        RuleFor(g => g.CraftsmanAllowance).Must(t => string.IsNullOrWhiteSpace(t) || Money.TryParseYuan(t, out _)).WithMessage(MoneyMessage);
    }
}

/// <summary>The checks of a grid against the minimum wage in force in the agreement's area on a day.</summary>
public static class GridChecks
{
    public static async Task<MinimumWage?> MinimumWageAsync(this SkillsLadderDbContext db, string area, DateOnly day, CancellationToken ct) =>
        await db.MinimumWages.AsNoTracking().Where(w => w.Area == area && w.EffectiveFrom <= day)
            .OrderByDescending(w => w.EffectiveFrom).FirstOrDefaultAsync(ct);

    /// <summary>Every row names a post class and a level that exist (a forged or stale form would otherwise fail on a key).</summary>
    public static async Task EnsureKnownCellsAsync(this SkillsLadderDbContext db, PayGridInput grid, string field, CancellationToken ct)
    {
        var classes = await db.PostClasses.Select(c => c.Id).ToListAsync(ct);
        var ranks = await db.SkillLevels.Select(l => l.Rank).ToListAsync(ct);
        if (grid.Cells.Where(c => !c.IsBlank).Any(c => !classes.Contains(c.PostClassId) || !ranks.Contains(c.LevelRank)))
            throw Common.RequestValidationException.For(field, "工资表中有不存在的岗位类别或技能等级，请刷新页面后重新填写。");
    }

    public static async Task<IReadOnlyList<GridProblem>> ProblemsAsync(this SkillsLadderDbContext db, PayGrid grid, long? minimumWageFen, CancellationToken ct)
    {
        var classes = await db.PostClasses.AsNoTracking().ToListAsync(ct);
        // Without a standard only the rise with level can be checked; the page says the standard is missing.
        return PayGridCheck.Check(grid.PayCells, classes, minimumWageFen ?? 0);
    }
}
