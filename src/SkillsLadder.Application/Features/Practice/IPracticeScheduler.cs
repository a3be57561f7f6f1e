namespace SkillsLadder.Application.Features.Practice;

/// <summary>
/// Asks the job engine to rank a practice round: at its close (scheduled when the round is created) or now (the
/// sweep, for a closed round whose board is missing). Losing a request is tolerable: the sweep finds every closed
/// round without a board.
/// </summary>
public interface IPracticeScheduler
{
    /// <summary>One ranking run for the round at <paramref name="at"/> (UTC).</summary>
    Task RankAtAsync(int roundId, DateTime at, CancellationToken ct);

    Task RankNowAsync(IReadOnlyCollection<int> roundIds, CancellationToken ct);
}

/// <summary>With jobs disabled (slice tests, Jobs:Enabled=false) nothing is scheduled; boards are ranked on request.</summary>
public sealed class NoPracticeScheduler : IPracticeScheduler
{
    public Task RankAtAsync(int roundId, DateTime at, CancellationToken ct) => Task.CompletedTask;
    public Task RankNowAsync(IReadOnlyCollection<int> roundIds, CancellationToken ct) => Task.CompletedTask;
}

/// <summary>The ranking job of a round: group "ranking", name "practice-{id}", beside competitions and campaigns.</summary>
public static class PracticeJobNames
{
    private const string Prefix = "practice-";

    public static string Round(int roundId) => Prefix + roundId;

    public static int? RoundOf(string group, string name) =>
        group == Jobs.JobNames.RankingGroup && name.StartsWith(Prefix, StringComparison.Ordinal)
        && int.TryParse(name.AsSpan(Prefix.Length), out var id) && id > 0 ? id : null;
}
