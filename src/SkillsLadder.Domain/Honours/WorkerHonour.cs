using SkillsLadder.Domain.Common;

namespace SkillsLadder.Domain.Honours;

/// <summary>
/// An honour a worker holds (技术能手, 工匠, 五一劳动奖章 …). Competitions read it for their cooling-off rule;
/// conferral of a nomination creates one from the catalogue (<see cref="HonourTypeId"/>); older records keep only a title.
/// An honour is active from conferral until <see cref="ExpiresOn"/>; the holder is warned ahead and it lapses on that day.
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

    public WorkerHonour(int workerId, HonourType type, DateOnly conferredOn, int nominationId)
        : this(workerId, type.Name, conferredOn, type.ExpiryFor(conferredOn))
    {
        HonourTypeId = type.Id;
        CountsTowardCraftsman = type.CountsTowardCraftsman;
        NominationId = nominationId;
    }

    public int Id { get; private set; }
    public int? HonourTypeId { get; private set; }
    public int? NominationId { get; private set; }
    /// <summary>Copied from the catalogue at conferral, so a later catalogue edit does not change a held honour.</summary>
    public bool CountsTowardCraftsman { get; private set; }
    public DateOnly? ExpiryWarnedOn { get; private set; }
    public DateOnly? LapsedOn { get; private set; }
    public int WorkerId { get; private set; }
    public string Title { get; private set; } = null!;
    public DateOnly ConferredOn { get; private set; }
    public DateOnly? ExpiresOn { get; private set; }

    public bool IsActiveOn(DateOnly day) => ConferredOn <= day && (ExpiresOn is null || day < ExpiresOn);

    public void RecordExpiryWarning(DateOnly on) => ExpiryWarnedOn ??= on;

    /// <summary>Marks the lapse once the expiry date has passed; returns false when there was nothing to do.</summary>
    public bool Lapse(DateOnly today)
    {
        if (LapsedOn is not null || ExpiresOn is not { } end || today < end) return false;
        LapsedOn = end;
        return true;
    }
}
