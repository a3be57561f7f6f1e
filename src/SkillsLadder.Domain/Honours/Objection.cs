using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Domain.Honours;

/// <summary>
/// A written objection to a nomination on public notice. It must carry a real name (checked against a valid national
/// ID number, DOMAIN.md §2: anonymous objections are not accepted) and is resolved by a recorded decision.
/// </summary>
public sealed class Objection
{
    public const int TextMaxLength = 2000;
    public const int ContactMaxLength = 50;
    private static readonly string[] AnonymousNames = ["匿名", "无名", "无名氏", "不详", "群众", "知情人", "anonymous", "anon", "n/a", "na"];
    private Objection() { }

    internal Objection(string name, string idNumber, string contact, string text, DateTime filedAt)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length < 2 || AnonymousNames.Contains(trimmed.ToLowerInvariant()) || trimmed.Contains("匿名"))
            throw new DomainException("objection.anonymous", "异议须署真实姓名，匿名异议不予受理。", nameof(FiledByName));
        FiledByName = Guard.Text(trimmed, nameof(FiledByName), Worker.NameMaxLength);
        FiledByIdNumber = Guard.Valid(idNumber, nameof(FiledByIdNumber), NationalIdNumber.Check, NationalIdNumber.Normalise);
        Contact = Guard.Text(contact, nameof(Contact), ContactMaxLength);
        Text = Guard.Text(text, nameof(Text), TextMaxLength, minLength: 10);
        FiledAt = filedAt;
        Status = ObjectionStatus.Open;
    }

    public int Id { get; private set; }
    public int NominationId { get; private set; }
    public string FiledByName { get; private set; } = null!;
    public string FiledByIdNumber { get; private set; } = null!;
    public string Contact { get; private set; } = null!;
    public string Text { get; private set; } = null!;
    public DateTime FiledAt { get; private set; }
    public ObjectionStatus Status { get; private set; }
    public string? Decision { get; private set; }
    public string? DecidedByName { get; private set; }
    public DateTime? DecidedAt { get; private set; }

    internal void Resolve(bool upheld, string decision, Signature by, DateTime at)
    {
        if (Status != ObjectionStatus.Open)
            throw new DomainException("objection.resolved", "该异议已经处理。");
        Decision = Guard.Text(decision, nameof(Decision), TextMaxLength, minLength: 2);
        Status = upheld ? ObjectionStatus.Upheld : ObjectionStatus.Dismissed;
        (DecidedByName, DecidedAt) = (by.Name, at);
    }
}
