using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Training;

public enum StudioKind
{
    /// <summary>劳模工匠创新工作室.</summary>
    ModelWorkerCraftsman = 1,
    /// <summary>技能大师工作室.</summary>
    SkillMaster = 2,
}

public enum StudioReviewGrade
{
    Excellent = 1,
    Good = 2,
    Pass = 3,
    Fail = 4,
}

/// <summary>
/// An innovation studio: its lead, members (dated), projects with their results (patents, 五小 entries, savings in fen)
/// and a yearly review. Leading or belonging to a studio whose latest review passed counts where the ladder policy says.
/// </summary>
public sealed class InnovationStudio : IVersioned
{
    public const int NameMaxLength = 200;
    private readonly List<StudioMember> _members = [];
    private readonly List<StudioProject> _projects = [];
    private readonly List<StudioReview> _reviews = [];
    private InnovationStudio() { }

    public InnovationStudio(string name, StudioKind kind, int enterpriseId, int leadWorkerId, DateOnly foundedOn)
    {
        if (!Enum.IsDefined(kind)) throw new DomainException("studio.kind", "工作室类型无效。", nameof(Kind));
        Name = Guard.Text(name, nameof(Name), NameMaxLength);
        (Kind, EnterpriseId, LeadWorkerId, FoundedOn) = (kind, enterpriseId, leadWorkerId, foundedOn);
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = null!;
    public StudioKind Kind { get; private set; }
    public int EnterpriseId { get; private set; }
    public int LeadWorkerId { get; private set; }
    public DateOnly FoundedOn { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyCollection<StudioMember> Members => _members;
    public IReadOnlyCollection<StudioProject> Projects => _projects;
    public IReadOnlyCollection<StudioReview> Reviews => _reviews;

    public void ChangeLead(int workerId) => LeadWorkerId = workerId;

    public void Join(int workerId, DateOnly on)
    {
        if (workerId == LeadWorkerId) throw new DomainException("studio.lead_member", "领衔人无需再加入为成员。", "WorkerId");
        if (_members.Any(m => m.WorkerId == workerId && m.LeftOn is null)) throw new DomainException("studio.member", "该职工已是工作室成员。", "WorkerId");
        if (on < FoundedOn) throw new DomainException("studio.join_date", "加入日期不能早于工作室成立日期。", "On");
        _members.Add(new StudioMember(workerId, on));
    }

    public void Leave(int workerId, DateOnly on)
    {
        var member = _members.SingleOrDefault(m => m.WorkerId == workerId && m.LeftOn is null)
            ?? throw new DomainException("studio.not_member", "该职工不是工作室的在册成员。", "WorkerId");
        if (on < member.JoinedOn) throw new DomainException("studio.leave_date", "退出日期不能早于加入日期。", "On");
        member.LeftOn = on;
    }

    public StudioProject AddProject(string title, DateOnly startedOn)
    {
        var project = new StudioProject(Guard.Text(title, "Title", 200), startedOn);
        _projects.Add(project);
        return project;
    }

    /// <summary>One review a year; a failed review stops the studio counting on the ladder until a later pass.</summary>
    public void Review(int year, StudioReviewGrade grade, string? note, string by)
    {
        if (!Enum.IsDefined(grade)) throw new DomainException("studio.grade", "考核等次无效。", "Grade");
        if (year < FoundedOn.Year) throw new DomainException("studio.review_year", "考核年度不能早于成立年度。", "Year");
        if (_reviews.Any(r => r.Year == year)) throw new DomainException("studio.reviewed", $"{year} 年度已考核。", "Year");
        _reviews.Add(new StudioReview(year, grade, Guard.OptionalText(note, "Note", 1000), by));
    }

    public StudioReview? LatestReview => _reviews.OrderByDescending(r => r.Year).FirstOrDefault();
}

public sealed class StudioMember
{
    private StudioMember() { }
    internal StudioMember(int workerId, DateOnly joinedOn) => (WorkerId, JoinedOn) = (workerId, joinedOn);
    public int Id { get; private set; }
    public int StudioId { get; private set; }
    public int WorkerId { get; private set; }
    public DateOnly JoinedOn { get; private set; }
    public DateOnly? LeftOn { get; internal set; }
}

/// <summary>A studio project and what came of it: patents granted, 五小 entries, savings (fen a year).</summary>
public sealed class StudioProject
{
    private StudioProject() { }
    internal StudioProject(string title, DateOnly startedOn) => (Title, StartedOn) = (title, startedOn);
    public int Id { get; private set; }
    public int StudioId { get; private set; }
    public string Title { get; private set; } = null!;
    public DateOnly StartedOn { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public int Patents { get; private set; }
    public int FiveSmallEntries { get; private set; }
    public long SavingsFen { get; private set; }

    public void RecordResults(int patents, int fiveSmall, long savingsFen, DateOnly? completedOn)
    {
        if (patents < 0 || fiveSmall < 0 || savingsFen < 0) throw new DomainException("studio.results", "成果数量和效益不能为负。", "Patents");
        if (completedOn is { } done && done < StartedOn) throw new DomainException("studio.completed", "完成日期不能早于立项日期。", "CompletedOn");
        (Patents, FiveSmallEntries, SavingsFen, CompletedOn) = (patents, fiveSmall, savingsFen, completedOn);
    }
}

public sealed class StudioReview
{
    private StudioReview() { }
    internal StudioReview(int year, StudioReviewGrade grade, string? note, string by) => (Year, Grade, Note, ReviewedBy) = (year, grade, note, by);
    public int Id { get; private set; }
    public int StudioId { get; private set; }
    public int Year { get; private set; }
    public StudioReviewGrade Grade { get; private set; }
    public string? Note { get; private set; }
    public string ReviewedBy { get; private set; } = null!;
    public bool Passed => Grade != StudioReviewGrade.Fail;
}
