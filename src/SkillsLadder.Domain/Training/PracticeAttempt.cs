using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Training;

public enum AttemptStatus
{
    InProgress = 1,
    Submitted = 2,
}

/// <summary>
/// One worker's attempt at a round: the questions drawn (ids, comma-separated), the answers given and the mark. The
/// enterprise and industry are copied in at the start, so the boards group without joins and stay as they were on the day.
/// A hand-in after the deadline (plus a grace of <see cref="GraceSeconds"/> for the network) is refused.
/// </summary>
public sealed class PracticeAttempt
{
    public const int GraceSeconds = 30;
    private PracticeAttempt() { }

    public PracticeAttempt(int roundId, int workerId, int enterpriseId, int industryId, IReadOnlyList<int> questionIds, DateTime startedAt, DateTime deadline)
    {
        (RoundId, WorkerId, EnterpriseId, IndustryId, StartedAt, DeadlineAt) = (roundId, workerId, enterpriseId, industryId, startedAt, deadline);
        QuestionIds = string.Join(',', questionIds);
        Status = AttemptStatus.InProgress;
    }

    public long Id { get; private set; }
    public int RoundId { get; private set; }
    public int WorkerId { get; private set; }
    public int EnterpriseId { get; private set; }
    public int IndustryId { get; private set; }
    public string QuestionIds { get; private set; } = null!;
    public string? Answers { get; private set; }
    public DateTime StartedAt { get; private set; }
    public DateTime DeadlineAt { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public AttemptStatus Status { get; private set; }
    public int Score { get; private set; }
    public int MaxScore { get; private set; }
    public int TimeUsedSeconds { get; private set; }

    public IReadOnlyList<int> QuestionIdList => QuestionIds.Split(',').Select(int.Parse).ToList();

    /// <summary>As below, with the questions themselves.</summary>
    public PracticeMark HandIn(IReadOnlyList<PracticeQuestion> questions, IReadOnlyList<string?> answers, DateTime at) =>
        HandIn(questions.Select(q => q.Key).ToList(), answers, at);

    /// <summary>Marks the hand-in against the keys of the drawn questions (in their order); a second hand-in is refused.</summary>
    public PracticeMark HandIn(IReadOnlyList<QuestionKey> keys, IReadOnlyList<string?> answers, DateTime at)
    {
        if (Status != AttemptStatus.InProgress) throw AlreadySubmitted();
        if (at > DeadlineAt.AddSeconds(GraceSeconds)) throw new DomainException("attempt.late", "答题时间已到，交卷未被接受。");
        var mark = PracticeMarking.Mark(keys, answers);
        (Status, SubmittedAt, Score, MaxScore) = (AttemptStatus.Submitted, at, mark.Score, mark.MaxScore);
        Answers = string.Join('|', answers.Select(PracticeMarking.NormaliseAnswer));
        TimeUsedSeconds = (int)Math.Clamp((at - StartedAt).TotalSeconds, 0, int.MaxValue);
        return mark;
    }

    /// <summary>One hand-in per attempt: the second (a double click, a retry, a race) is refused.</summary>
    public static DomainException AlreadySubmitted() => new("attempt.submitted", "本轮已交卷，不能重复提交。");
}

public sealed record PracticeMark(int Score, int MaxScore, int Correct);

/// <summary>Auto-marking: an answer is right when its letters, sorted, equal the key's; no partial credit.</summary>
public static class PracticeMarking
{
    public static string NormaliseAnswer(string? answer) =>
        new(string.Concat((answer ?? "").ToUpperInvariant().Where(char.IsLetter)).Distinct().Order().ToArray());

    public static PracticeMark Mark(IReadOnlyList<PracticeQuestion> questions, IReadOnlyList<string?> answers) =>
        Mark(questions.Select(q => q.Key).ToList(), answers);

    public static PracticeMark Mark(IReadOnlyList<QuestionKey> questions, IReadOnlyList<string?> answers)
    {
        if (answers.Count != questions.Count) throw new DomainException("attempt.answers", $"应作答 {questions.Count} 题，收到 {answers.Count} 个答案。");
        var (score, max, correct) = (0, 0, 0);
        for (var i = 0; i < questions.Count; i++)
        {
            max += questions[i].Points;
            if (NormaliseAnswer(answers[i]) != questions[i].Answer) continue;
            score += questions[i].Points;
            correct++;
        }
        return new PracticeMark(score, max, correct);
    }

    /// <summary>Which questions an attempt gets: a seeded shuffle of the bank, the same for the same round and worker.</summary>
    public static IReadOnlyList<int> Draw(IReadOnlyList<int> bankQuestionIds, int count, int roundSeed, int workerId)
    {
        // Not HashCode.Combine: it is salted per process, and a retry on another node must draw the same questions.
        var random = new Random(unchecked(roundSeed * 486_187_739 + workerId));
        return bankQuestionIds.OrderBy(id => id).Select(id => (id, key: random.Next())).OrderBy(p => p.key).Take(count).Select(p => p.id).ToList();
    }
}
