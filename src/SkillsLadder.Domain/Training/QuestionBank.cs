using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Training;

public enum QuestionKind
{
    SingleChoice = 1,
    MultipleChoice = 2,
    TrueFalse = 3,
}

/// <summary>A question bank for online practice (网上练兵), per occupation, imported from a spreadsheet.</summary>
public sealed class QuestionBank
{
    public const int NameMaxLength = 200;
    public const int MaxQuestions = 20_000;
    private readonly List<PracticeQuestion> _questions = [];
    private QuestionBank() { }

    public QuestionBank(string name, int? occupationId, DateTime createdAt)
    {
        Name = Guard.Text(name, nameof(Name), NameMaxLength);
        (OccupationId, CreatedAt) = (occupationId, createdAt);
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = null!;
    public int? OccupationId { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public IReadOnlyCollection<PracticeQuestion> Questions => _questions;

    public void Add(IEnumerable<PracticeQuestion> questions)
    {
        var next = _questions.Count == 0 ? 1 : _questions.Max(q => q.Number) + 1;
        foreach (var question in questions)
        {
            if (_questions.Count >= MaxQuestions) throw new DomainException("bank.full", $"题库最多 {MaxQuestions} 题。");
            question.Number = next++;
            _questions.Add(question);
        }
    }
}

/// <summary>
/// One question: a stem, up to six options (A–F), the answer as letters ("B", "ACD"; "T" or "F" for true/false) and
/// its points. A multiple-choice answer scores only when exactly right (no partial credit, the usual 网上练兵 rule).
/// </summary>
public sealed class PracticeQuestion
{
    public const int StemMaxLength = 1000;
    public const int OptionMaxLength = 300;
    private PracticeQuestion() { }

    public PracticeQuestion(QuestionKind kind, string stem, IReadOnlyList<string> options, string answer, int points)
    {
        if (!Enum.IsDefined(kind)) throw new DomainException("question.kind", "题型无效（单选、多选、判断）。", nameof(Kind));
        Stem = Guard.Text(stem, nameof(Stem), StemMaxLength);
        var cleaned = options.Select(o => o?.Trim() ?? "").Where(o => o.Length > 0).ToList();
        if (kind == QuestionKind.TrueFalse ? cleaned.Count != 0 : cleaned.Count is < 2 or > 6)
            throw new DomainException("question.options", kind == QuestionKind.TrueFalse ? "判断题不设选项。" : "选择题应有 2–6 个选项。", nameof(Options));
        if (cleaned.Any(o => o.Length > OptionMaxLength)) throw new DomainException("question.option_long", $"选项最长 {OptionMaxLength} 个字。", nameof(Options));
        Answer = PracticeMarking.NormaliseAnswer(answer);
        var allowed = kind == QuestionKind.TrueFalse ? "TF" : "ABCDEF"[..cleaned.Count];
        if (Answer.Length == 0 || Answer.Any(c => !allowed.Contains(c))
            || kind != QuestionKind.MultipleChoice && Answer.Length != 1 || kind == QuestionKind.MultipleChoice && Answer.Length < 2)
            throw new DomainException("question.answer", $"答案“{answer}”与题型或选项不符。", nameof(Answer));
        if (points is < 1 or > 10) throw new DomainException("question.points", "每题 1–10 分。", nameof(Points));
        (Kind, Points) = (kind, points);
        Options = string.Join('\n', cleaned);
    }

    public int Id { get; private set; }
    public int BankId { get; private set; }
    public int Number { get; internal set; }
    public QuestionKind Kind { get; private set; }
    public string Stem { get; private set; } = null!;
    /// <summary>The options, one per line, in letter order.</summary>
    public string Options { get; private set; } = null!;
    public string Answer { get; private set; } = null!;
    public int Points { get; private set; }

    public IReadOnlyList<string> OptionList => Options.Length == 0 ? [] : Options.Split('\n');

    public QuestionKey Key => new(Id, Answer, Points);
}

/// <summary>What marking needs of a question: its answer (normalised letters) and points. A question never changes once in a bank.</summary>
public sealed record QuestionKey(int Id, string Answer, int Points);
