using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Features.Bargaining;

/// <summary>A grid for reading: rows in post-class then level order, each with the problems found at that cell.</summary>
public sealed record GridView(IReadOnlyList<GridRow> Rows, long HighSkilledAllowanceFen, long CraftsmanAllowanceFen, long? MinimumWageFen)
{
    public int ProblemCount => Rows.Sum(r => r.Problems.Count);
}

public sealed record GridRow(int PostClassId, string PostClassName, int LevelRank, string LevelName, long BaseFen, long AllowanceFen,
    IReadOnlyList<string> Problems)
{
    public long TotalFen => BaseFen + AllowanceFen;
}

/// <summary>Names of post classes and levels, and the Chinese wording of grid problems, for views and exports.</summary>
public sealed class GridNames(IReadOnlyList<PostClass> classes, IReadOnlyDictionary<int, string> levels)
{
    public IReadOnlyList<PostClass> Classes => classes;
    public IReadOnlyDictionary<int, string> Levels => levels;

    public static async Task<GridNames> LoadAsync(SkillsLadderDbContext db, CancellationToken ct) => new(
        await db.PostClasses.AsNoTracking().OrderBy(c => c.Order).ToListAsync(ct),
        await db.SkillLevels.AsNoTracking().OrderBy(l => l.Rank).ToDictionaryAsync(l => l.Rank, l => l.NameZh, ct));

    public string ClassName(int id) => classes.FirstOrDefault(c => c.Id == id)?.NameZh ?? $"#{id}";
    public string LevelName(int rank) => levels.TryGetValue(rank, out var name) ? name : $"{rank}";

    /// <summary>Checks the grid against the minimum wage (when there is one) and lays it out for reading.</summary>
    public GridView View(PayGrid grid, long? minimumWageFen)
    {
        var problems = PayGridCheck.Check(grid.PayCells, classes, minimumWageFen ?? 0)
            .ToLookup(p => (p.PostClassId, p.LevelRank));
        var order = classes.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var rows = grid.PayCells.OrderBy(c => order.GetValueOrDefault(c.PostClassId, int.MaxValue)).ThenBy(c => c.LevelRank)
            .Select(c => new GridRow(c.PostClassId, ClassName(c.PostClassId), c.LevelRank, LevelName(c.LevelRank), c.BaseFen, c.AllowanceFen,
                problems[(c.PostClassId, c.LevelRank)].Select(Describe).ToList()))
            .ToList();
        return new GridView(rows, grid.HighSkilledAllowanceFen, grid.CraftsmanAllowanceFen, minimumWageFen);
    }

    public string Describe(GridProblem p) => p.Kind switch
    {
        GridProblemKind.BelowClassFloor =>
            $"合计 ¥{Money.Yuan(p.ActualFen)} 低于{ClassName(p.PostClassId)}下限 ¥{Money.Yuan(p.RequiredFen)}（最低工资的 {classes.FirstOrDefault(c => c.Id == p.PostClassId)?.FloorPercent ?? 100}%）",
        GridProblemKind.BaseBelowMinimumWage => $"不含津贴的基本工资 ¥{Money.Yuan(p.ActualFen)} 低于最低工资 ¥{Money.Yuan(p.RequiredFen)}",
        _ => $"合计 ¥{Money.Yuan(p.ActualFen)} 低于下一级的 ¥{Money.Yuan(p.RequiredFen)}（应随等级不降）",
    };
}
