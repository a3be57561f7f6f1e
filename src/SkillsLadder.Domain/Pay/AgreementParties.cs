using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Pay;

/// <summary>A negotiator on one side; each side has exactly one chief representative (首席代表).</summary>
public sealed class AgreementRepresentative
{
    public const int NameMaxLength = 50;
    private AgreementRepresentative() { }

    internal AgreementRepresentative(BargainingSide side, string name, string? post, bool isChief)
    {
        if (!Enum.IsDefined(side)) throw new DomainException("agreement.side", "协商方无效。", nameof(Side));
        (Side, IsChief) = (side, isChief);
        Name = Guard.Text(name, nameof(Name), NameMaxLength);
        Post = Guard.OptionalText(post, nameof(Post), 100);
    }

    public int Id { get; private set; }
    public int AgreementId { get; private set; }
    public BargainingSide Side { get; private set; }
    public string Name { get; private set; } = null!;
    public string? Post { get; private set; }
    public bool IsChief { get; private set; }
}

/// <summary>One round of talks: its date, its minutes and the grids each side put on the table.</summary>
public sealed class BargainingRound
{
    public const int MinutesMaxLength = 8000;
    private readonly List<BargainingProposal> _proposals = [];
    private BargainingRound() { }

    internal BargainingRound(int number, DateOnly heldOn, string minutes)
    {
        (Number, HeldOn) = (number, heldOn);
        Minutes = Guard.Text(minutes, nameof(Minutes), MinutesMaxLength, minLength: 5);
    }

    public int Id { get; private set; }
    public int AgreementId { get; private set; }
    public int Number { get; private set; }
    public DateOnly HeldOn { get; private set; }
    public string Minutes { get; private set; } = null!;
    public IReadOnlyCollection<BargainingProposal> Proposals => _proposals;

    internal BargainingProposal Propose(BargainingSide side, PayGrid grid, string? note)
    {
        var proposal = new BargainingProposal(side, grid, note);
        _proposals.Add(proposal);
        return proposal;
    }
}

public sealed class BargainingProposal
{
    private BargainingProposal() { }

    internal BargainingProposal(BargainingSide side, PayGrid grid, string? note) =>
        (Side, Grid, Note) = (side, grid, Guard.OptionalText(note, nameof(Note), 1000));

    public int Id { get; private set; }
    public int RoundId { get; private set; }
    public BargainingSide Side { get; private set; }
    public int PayGridId { get; private set; }
    public PayGrid Grid { get; private set; } = null!;
    public string? Note { get; private set; }
}

/// <summary>A congress vote as held (every attempt is kept, failed ones too).</summary>
public sealed class AgreementVote
{
    private AgreementVote() { }
    internal AgreementVote(CongressVote vote, DateOnly heldOn) =>
        (Representatives, Attending, Approving, HeldOn, Passed) = (vote.Representatives, vote.Attending, vote.Approving, heldOn, vote.Passed);

    public int Id { get; private set; }
    public int AgreementId { get; private set; }
    public int Representatives { get; private set; }
    public int Attending { get; private set; }
    public int Approving { get; private set; }
    public DateOnly HeldOn { get; private set; }
    public bool Passed { get; private set; }

    public CongressVote ToVote() => new(Representatives, Attending, Approving);
}
