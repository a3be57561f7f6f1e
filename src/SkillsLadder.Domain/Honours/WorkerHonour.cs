using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Honours;

/// <summary>
/// An honour a worker holds (技术能手, 工匠, 五一劳动奖章 …). Competitions read it for their cooling-off rule;
/// the honours review (issue 6) will create these on conferral and add the catalogue behind <see cref="Title"/>.
/// </summary>
public sealed class WorkerHonour
{
    public const int TitleMaxLength = 100;
    private WorkerHonour() { }

    public WorkerHonour(int workerId, string title, DateOnly conferredOn, DateOnly? expiresOn)
    {
        if (expiresOn is { } end && end <= conferredOn)
            throw new DomainException("honour.expiry", "有效期截止日应晚于授予日。", nameof(ExpiresOn));
        WorkerId = workerId;
        Title = Guard.Text(title, nameof(Title), TitleMaxLength);
        ConferredOn = conferredOn;
        ExpiresOn = expiresOn;
    }

    public int Id { get; private set; }
    public int WorkerId { get; private set; }
    public string Title { get; private set; } = null!;
    public DateOnly ConferredOn { get; private set; }
    public DateOnly? ExpiresOn { get; private set; }
}
