using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Training;

/// <summary>
/// A timed practice round open to every worker between <see cref="OpensAt"/> and <see cref="ClosesAt"/>: each attempt
/// draws <see cref="QuestionCount"/> questions from the bank and must be handed in within <see cref="DurationMinutes"/>
/// (and before the close). After the close the ranking job computes the boards by person, enterprise and industry.
/// </summary>
public sealed class PracticeRound : IVersioned
{
    public const int TitleMaxLength = 200;
    private PracticeRound() { }

    public PracticeRound(int bankId, string title, DateTime opensAt, DateTime closesAt, int durationMinutes, int questionCount, int bankSize, int seed)
    {
        Title = Guard.Text(title, nameof(Title), TitleMaxLength);
        if (closesAt <= opensAt) throw new DomainException("round.dates", "结束时间应晚于开始时间。", nameof(ClosesAt));
        if (durationMinutes is < 1 or > 240) throw new DomainException("round.duration", "答题时长应为 1–240 分钟。", nameof(DurationMinutes));
        if (questionCount < 1 || questionCount > Math.Min(bankSize, 200))
            throw new DomainException("round.questions", $"题量应为 1–{Math.Min(bankSize, 200)} 题（题库共 {bankSize} 题）。", nameof(QuestionCount));
        (BankId, OpensAt, ClosesAt, DurationMinutes, QuestionCount, Seed) = (bankId, opensAt, closesAt, durationMinutes, questionCount, seed);
    }

    public int Id { get; private set; }
    public int BankId { get; private set; }
    public string Title { get; private set; } = null!;
    public DateTime OpensAt { get; private set; }
    public DateTime ClosesAt { get; private set; }
    public int DurationMinutes { get; private set; }
    public int QuestionCount { get; private set; }
    /// <summary>With the worker's id, decides which questions an attempt gets: the same on every retry of the page.</summary>
    public int Seed { get; private set; }
    /// <summary>When the boards of the closed round were first computed (null until then).</summary>
    public DateTime? BoardPublishedAt { get; private set; }
    public int Version { get; private set; }

    public bool IsOpenAt(DateTime now) => OpensAt <= now && now < ClosesAt;

    /// <summary>An attempt's deadline: its duration, but never past the round's close.</summary>
    public DateTime DeadlineFor(DateTime startedAt)
    {
        var byDuration = startedAt.AddMinutes(DurationMinutes);
        return byDuration < ClosesAt ? byDuration : ClosesAt;
    }

    public void MarkBoardPublished(DateTime at) => BoardPublishedAt ??= at;
}
