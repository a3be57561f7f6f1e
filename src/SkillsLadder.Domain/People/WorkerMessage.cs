namespace SkillsLadder.Domain.People;

public enum WorkerMessageKind
{
    HonourExpiring = 1,
    HonourLapsed = 2,
    NominationOutcome = 3,
    TierChanged = 4,
}

/// <summary>A notice to a worker (an honour about to expire, a tier change, a nomination's outcome), shown on their page.</summary>
public sealed class WorkerMessage
{
    public const int TextMaxLength = 500;
    private WorkerMessage() { }

    public WorkerMessage(int workerId, WorkerMessageKind kind, string text, DateTime createdAt)
    {
        (WorkerId, Kind, CreatedAt) = (workerId, kind, createdAt);
        Text = Common.Guard.Text(text, nameof(Text), TextMaxLength);
    }

    public long Id { get; private set; }
    public int WorkerId { get; private set; }
    public WorkerMessageKind Kind { get; private set; }
    public string Text { get; private set; } = null!;
    public DateTime CreatedAt { get; private set; }
    public DateTime? ReadAt { get; private set; }

    public void MarkRead(DateTime at) => ReadAt ??= at;
}
