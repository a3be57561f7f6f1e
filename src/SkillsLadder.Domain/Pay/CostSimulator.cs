using SkillsLadder.Domain.Ladder;

namespace SkillsLadder.Domain.Pay;

/// <summary>One worker as the simulator sees them.</summary>
public readonly record struct WorkforceMember(int WorkerId, int PostClassId, int LevelRank, TalentTier Tier);

public sealed record GroupCost(int Key, int Workers, long CurrentFen, long ProposedFen)
{
    public long DeltaFen => ProposedFen - CurrentFen;
}

public sealed record WorkerChange(int WorkerId, int PostClassId, int LevelRank, long CurrentFen, long ProposedFen)
{
    public long DeltaFen => ProposedFen - CurrentFen;
}

/// <summary>
/// What a proposal costs over the actual workforce, against the grid in force. Monthly sums are exact fen; annual is
/// twelve months. Workers whose post class and level the proposal has no cell for are counted apart and left out of
/// the sums (the negotiators see how many, and the grid is incomplete until that count is zero).
/// </summary>
public sealed record SimulationResult(
    int Workers, int Uncovered, int Affected, long CurrentMonthlyFen, long ProposedMonthlyFen,
    IReadOnlyList<GroupCost> ByLevel, IReadOnlyList<GroupCost> ByPostClass, IReadOnlyList<WorkerChange> BiggestChanges)
{
    public long MonthlyDeltaFen => ProposedMonthlyFen - CurrentMonthlyFen;
    public long AnnualDeltaFen => MonthlyDeltaFen * 12;
    public long AnnualProposedFen => ProposedMonthlyFen * 12;
}

public static class CostSimulator
{
    /// <param name="current">The grid in force; null when the enterprise has none yet (current pay then counts as 0).</param>
    public static SimulationResult Simulate(IReadOnlyList<WorkforceMember> workforce, PayGrid? current, PayGrid proposed, int biggest = 10)
    {
        var now = Lookup(current);
        var next = Lookup(proposed);
        var byLevel = new Dictionary<int, (int N, long Current, long Proposed)>();
        var byClass = new Dictionary<int, (int N, long Current, long Proposed)>();
        var top = new PriorityQueue<WorkerChange, long>();
        long currentSum = 0, proposedSum = 0;
        int uncovered = 0, affected = 0;
        foreach (var member in workforce)
        {
            if (!next.TryGetValue((member.PostClassId, member.LevelRank), out var proposedCell)) { uncovered++; continue; }
            var proposedPay = proposedCell + proposed.TierAllowance(member.Tier);
            var currentPay = current is not null && now.TryGetValue((member.PostClassId, member.LevelRank), out var cell)
                ? cell + current.TierAllowance(member.Tier) : 0;
            currentSum += currentPay;
            proposedSum += proposedPay;
            if (currentPay != proposedPay) affected++;
            Add(byLevel, member.LevelRank, currentPay, proposedPay);
            Add(byClass, member.PostClassId, currentPay, proposedPay);
            var change = new WorkerChange(member.WorkerId, member.PostClassId, member.LevelRank, currentPay, proposedPay);
            top.Enqueue(change, Math.Abs(change.DeltaFen));
            if (top.Count > biggest) top.Dequeue();
        }
        var changes = new List<WorkerChange>();
        while (top.Count > 0) changes.Add(top.Dequeue());
        changes = changes.Where(c => c.DeltaFen != 0).OrderByDescending(c => Math.Abs(c.DeltaFen)).ThenBy(c => c.WorkerId).ToList();
        return new SimulationResult(workforce.Count, uncovered, affected, currentSum, proposedSum,
            Groups(byLevel), Groups(byClass), changes);
    }

    private static Dictionary<(int, int), long> Lookup(PayGrid? grid) =>
        grid?.PayCells.ToDictionary(c => (c.PostClassId, c.LevelRank), c => c.TotalFen) ?? [];

    private static void Add(Dictionary<int, (int N, long Current, long Proposed)> groups, int key, long current, long proposed)
    {
        groups.TryGetValue(key, out var sum);
        groups[key] = (sum.N + 1, sum.Current + current, sum.Proposed + proposed);
    }

    private static List<GroupCost> Groups(Dictionary<int, (int N, long Current, long Proposed)> groups) =>
        groups.OrderBy(g => g.Key).Select(g => new GroupCost(g.Key, g.Value.N, g.Value.Current, g.Value.Proposed)).ToList();
}
