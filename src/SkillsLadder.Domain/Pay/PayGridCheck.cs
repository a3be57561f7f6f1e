namespace SkillsLadder.Domain.Pay;

public enum GridProblemKind
{
    /// <summary>Base + allowance falls below the post class's share of the minimum wage.</summary>
    BelowClassFloor = 1,
    /// <summary>Pay without the skill allowance falls below the minimum wage itself.</summary>
    BaseBelowMinimumWage = 2,
    /// <summary>A higher level pays less than the level below it in the same post class.</summary>
    DecreasesWithLevel = 3,
}

/// <summary>A broken grid rule at one cell, with the amounts that broke it (fen) so the page can show them.</summary>
public sealed record GridProblem(GridProblemKind Kind, int PostClassId, int LevelRank, long ActualFen, long RequiredFen);

/// <summary>
/// The checks every proposal and the signed grid must pass (DOMAIN.md §5): per post class, total pay never falls as
/// the level rises; base + allowance is at least the class's share of the local minimum wage (rounded up to the
/// fen); and pay without the allowance is at least the minimum wage, since a floor paid as allowance must not hide
/// a base below the legal minimum.
/// </summary>
public static class PayGridCheck
{
    public static IReadOnlyList<GridProblem> Check(IEnumerable<PayCell> cells, IReadOnlyCollection<PostClass> classes, long minimumWageFen)
    {
        var problems = new List<GridProblem>();
        foreach (var byClass in cells.GroupBy(c => c.PostClassId))
        {
            var percent = classes.FirstOrDefault(c => c.Id == byClass.Key)?.FloorPercent ?? 100;
            var floor = Money.PercentOf(minimumWageFen, percent);
            PayCell? previous = null;
            foreach (var cell in byClass.OrderBy(c => c.LevelRank))
            {
                if (cell.TotalFen < floor)
                    problems.Add(new GridProblem(GridProblemKind.BelowClassFloor, cell.PostClassId, cell.LevelRank, cell.TotalFen, floor));
                if (cell.BaseFen < minimumWageFen)
                    problems.Add(new GridProblem(GridProblemKind.BaseBelowMinimumWage, cell.PostClassId, cell.LevelRank, cell.BaseFen, minimumWageFen));
                if (previous is not null && cell.TotalFen < previous.TotalFen)
                    problems.Add(new GridProblem(GridProblemKind.DecreasesWithLevel, cell.PostClassId, cell.LevelRank, cell.TotalFen, previous.TotalFen));
                previous = cell;
            }
        }
        return problems;
    }
}
