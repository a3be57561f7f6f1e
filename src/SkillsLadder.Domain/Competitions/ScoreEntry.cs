namespace SkillsLadder.Domain.Competitions;

/// <summary>One judge's value for one aspect on a sheet, in hundredths (a judgement of 2 is 200).</summary>
public sealed class ScoreEntry
{
    private ScoreEntry() { }

    internal ScoreEntry(int aspectId, int hundredths)
    {
        AspectId = aspectId;
        Hundredths = hundredths;
    }

    public int SheetId { get; private set; }
    public int AspectId { get; private set; }
    public int Hundredths { get; private set; }
    public Mark Value => new(Hundredths);

    internal void Set(int hundredths) => Hundredths = hundredths;
}

public enum SheetAction
{
    Marked = 1,
    Submitted = 2,
    Reopened = 3,
    Verified = 4,
    Locked = 5,
    Unlocked = 6,
}

/// <summary>The sheet's history: who did what and when; for marks, the old and the new value. Never edited.</summary>
public sealed class ScoreChange
{
    public const int ReasonMaxLength = 200;
    private ScoreChange() { }

    public int Id { get; private set; }
    public int SheetId { get; private set; }
    public SheetAction Action { get; private set; }
    public int? AspectId { get; private set; }
    public int? OldHundredths { get; private set; }
    public int? NewHundredths { get; private set; }
    public string By { get; private set; } = null!;
    public DateTime At { get; private set; }
    public string? Reason { get; private set; }

    internal static ScoreChange Mark(int aspectId, int? old, int? now, string by, DateTime at) => new()
    {
        Action = SheetAction.Marked, AspectId = aspectId, OldHundredths = old, NewHundredths = now, By = by, At = at,
    };

    internal static ScoreChange StepTaken(SheetAction action, string by, DateTime at, string? reason) => new()
    {
        Action = action, By = by, At = at, Reason = reason,
    };
}
