using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Ladder;

namespace SkillsLadder.Domain.Pay;

/// <summary>One cell of a pay grid: the monthly base-pay floor and skill allowance (技能津贴) of a level in a post class.</summary>
public sealed record PayCell(int PostClassId, int LevelRank, long BaseFen, long AllowanceFen)
{
    public long TotalFen => BaseFen + AllowanceFen;
}

/// <summary>
/// A proposed or agreed pay grid: cells per post class and level, plus monthly allowances for tier 2 (高技能人才)
/// and tier 3 (工匠人才) on top. Immutable: a new proposal is a new grid, so every round's offer stays on record.
/// </summary>
public sealed class PayGrid
{
    private readonly List<PayGridCell> _cells = [];
    private PayGrid() { }

    public PayGrid(IEnumerable<PayCell> cells, long highSkilledAllowanceFen, long craftsmanAllowanceFen)
    {
        if (highSkilledAllowanceFen is < 0 or > Money.MaxFen || craftsmanAllowanceFen is < 0 or > Money.MaxFen)
            throw new DomainException("pay_grid.tier_allowance", "层级津贴应为不小于 0 的金额。", nameof(CraftsmanAllowanceFen));
        var list = cells.ToList();
        if (list.Count == 0) throw new DomainException("pay_grid.empty", "工资表至少要有一个岗位等级。", "Cells");
        var duplicate = list.GroupBy(c => (c.PostClassId, c.LevelRank)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new DomainException("pay_grid.duplicate", $"同一岗位类别的等级 {duplicate.Key.LevelRank} 出现了两次。", "Cells");
        if (list.Any(c => c.BaseFen is < 0 or > Money.MaxFen || c.AllowanceFen is < 0 or > Money.MaxFen))
            throw new DomainException("pay_grid.amount", "工资金额应为不小于 0 的数字。", "Cells");
        _cells.AddRange(list.Select(c => new PayGridCell(c)));
        (HighSkilledAllowanceFen, CraftsmanAllowanceFen) = (highSkilledAllowanceFen, craftsmanAllowanceFen);
    }

    public int Id { get; private set; }
    public long HighSkilledAllowanceFen { get; private set; }
    public long CraftsmanAllowanceFen { get; private set; }
    public IReadOnlyCollection<PayGridCell> Cells => _cells;

    public IEnumerable<PayCell> PayCells => _cells.Select(c => c.ToCell());

    public PayCell? Cell(int postClassId, int levelRank) =>
        _cells.FirstOrDefault(c => c.PostClassId == postClassId && c.LevelRank == levelRank)?.ToCell();

    /// <summary>A worker's monthly grid pay: the cell's base and allowance plus the tier allowance; null when the grid has no cell.</summary>
    public long? MonthlyPay(int postClassId, int levelRank, TalentTier tier) =>
        Cell(postClassId, levelRank) is { } cell ? cell.TotalFen + TierAllowance(tier) : null;

    public long TierAllowance(TalentTier tier) => tier switch
    {
        TalentTier.Craftsman => CraftsmanAllowanceFen,
        TalentTier.HighSkilledWorker => HighSkilledAllowanceFen,
        _ => 0,
    };
}

/// <summary>The stored form of a <see cref="PayCell"/>.</summary>
public sealed class PayGridCell
{
    private PayGridCell() { }
    internal PayGridCell(PayCell cell) => (PostClassId, LevelRank, BaseFen, AllowanceFen) = (cell.PostClassId, cell.LevelRank, cell.BaseFen, cell.AllowanceFen);

    public int Id { get; private set; }
    public int PayGridId { get; private set; }
    public int PostClassId { get; private set; }
    public int LevelRank { get; private set; }
    public long BaseFen { get; private set; }
    public long AllowanceFen { get; private set; }

    public PayCell ToCell() => new(PostClassId, LevelRank, BaseFen, AllowanceFen);
}
