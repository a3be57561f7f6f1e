namespace SkillsLadder.Domain.Ranking;

/// <summary>
/// One active entrant's running totals while marking runs, kept current in the same transaction as the marks that move
/// them (only the entrants whose sheets changed), so the live board costs what the change costs, not what the
/// competition costs. Places are not stored: the board orders these rows when it reads them. Locked, finalised and
/// published standings are whole snapshots as before; these rows are only the live view.
/// </summary>
public sealed class LiveStanding
{
    private LiveStanding() { }

    public LiveStanding(int competitionId, int entrantId) => (CompetitionId, EntrantId) = (competitionId, entrantId);

    public int CompetitionId { get; private set; }
    public int EntrantId { get; private set; }
    public int Bib { get; private set; }
    public int TotalHundredths { get; private set; }
    public int TheoryHundredths { get; private set; }
    public int PracticalHundredths { get; private set; }
    public int? TimeUsedSeconds { get; private set; }
    public int MissingAspects { get; private set; }
    /// <summary>The competition's <see cref="LiveBoard.Revision"/> when this row last changed.</summary>
    public long Revision { get; private set; }

    public void Set(int bib, int total, int theory, int practical, int? timeUsedSeconds, int missing, long revision) =>
        (Bib, TotalHundredths, TheoryHundredths, PracticalHundredths, TimeUsedSeconds, MissingAspects, Revision) =
        (bib, total, theory, practical, timeUsedSeconds, missing, revision);
}

/// <summary>
/// A competition's live board: its revision goes up with every change to its live rows. Updating it first serialises
/// the live updates of one competition (its row stays locked until the commit), so two judges' sheets for the same
/// entrant never overwrite each other's totals, and the board's "no change since revision N" is exact.
/// </summary>
public sealed class LiveBoard
{
    private LiveBoard() { }

    public LiveBoard(int competitionId, DateTime at) => (CompetitionId, Revision, UpdatedAt) = (competitionId, 1, at);

    public int CompetitionId { get; private set; }
    public long Revision { get; private set; }
    public DateTime UpdatedAt { get; private set; }
}
