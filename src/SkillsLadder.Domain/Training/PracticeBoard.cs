namespace SkillsLadder.Domain.Training;

public enum BoardScope
{
    Person = 1,
    Enterprise = 2,
    Industry = 3,
}

/// <summary>
/// The leaderboards of a closed practice round, written whole by the ranking job: people by score then time used
/// (shared place when both are equal), enterprises and industries by their participants' average score (in
/// hundredths, rounded half away from zero once) then by participants. A recomputation writes a new numbered board.
/// </summary>
public sealed class PracticeBoard
{
    private PracticeBoard() { }

    public PracticeBoard(int roundId, int number, DateTime computedAt, int participants)
        => (RoundId, Number, ComputedAt, Participants) = (roundId, number, computedAt, participants);

    public int Id { get; private set; }
    public int RoundId { get; private set; }
    public int Number { get; private set; }
    public DateTime ComputedAt { get; private set; }
    public int Participants { get; private set; }
}

/// <summary>One line of a board. Written in bulk (200,000 people), so it has no navigation back to the board.</summary>
public sealed class PracticeBoardRow
{
    private PracticeBoardRow() { }

    public PracticeBoardRow(int boardId, BoardScope scope, int subjectId, int rank, int scoreHundredths, int participants, int timeUsedSeconds)
        => (BoardId, Scope, SubjectId, Rank, ScoreHundredths, Participants, TimeUsedSeconds) = (boardId, scope, subjectId, rank, scoreHundredths, participants, timeUsedSeconds);

    public int BoardId { get; private set; }
    public BoardScope Scope { get; private set; }
    /// <summary>The worker, enterprise or industry id.</summary>
    public int SubjectId { get; private set; }
    public int Rank { get; private set; }
    /// <summary>A person's score × 100, or a group's average score in hundredths.</summary>
    public int ScoreHundredths { get; private set; }
    public int Participants { get; private set; }
    public int TimeUsedSeconds { get; private set; }
}
