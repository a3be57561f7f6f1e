namespace SkillsLadder.Domain.Honours;

/// <summary>One dated, signed step of a nomination's history; appended, never changed.</summary>
public sealed class NominationStep
{
    public const int NoteMaxLength = 1000;
    private NominationStep() { }

    internal NominationStep(NominationAction action, Signature by, DateTime at, string? note)
    {
        Action = action;
        ByUserId = by.UserId;
        ByName = by.Name;
        At = at;
        Note = Common.Guard.OptionalText(note, nameof(Note), NoteMaxLength);
    }

    public int Id { get; private set; }
    public int NominationId { get; private set; }
    public NominationAction Action { get; private set; }
    public string ByUserId { get; private set; } = null!;
    public string ByName { get; private set; } = null!;
    public DateTime At { get; private set; }
    public string? Note { get; private set; }
}
