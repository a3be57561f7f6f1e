using MediatR;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Campaigns;

public sealed record GetCampaignQuery(int Id) : IRequest<CampaignDetailsView>;

/// <summary>
/// The campaign's particulars with what is set up so far and, for a draft, what starting still needs (the same rules
/// as <see cref="Campaign.Start"/>, listed so the organizer sees them before pressing the button).
/// </summary>
public sealed record CampaignDetailsView(int Id, string Name, CampaignKind Kind, string Project, string Organizer, DateOnly StartsOn,
    DateOnly EndsOn, PeriodCadence Cadence, CampaignStatus Status, int CollectiveAwards, int IndividualAwards, int Version,
    DateTime CreatedAt, int Units, int Individuals, int Withdrawn, int Periods, int LockedPeriods, int? SchemeNumber,
    IReadOnlyList<string> StartProblems, IReadOnlyList<string> CloseProblems);

public sealed class GetCampaignHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<GetCampaignQuery, CampaignDetailsView>
{
    public async Task<CampaignDetailsView> Handle(GetCampaignQuery request, CancellationToken cancellationToken)
    {
        var c = await db.CampaignForOrganizerAsync(user, request.Id, cancellationToken);
        var active = c.Participants.Where(p => p.IsActive).ToList();
        var start = new List<string>();
        var close = new List<string>();
        if (c.Status == CampaignStatus.Draft)
        {
            if (active.Count < 2) start.Add("至少需要两个参赛单位或个人。");
            if (c.Periods.Count == 0) start.Add("还没有考核期。");
            if (c.Schemes.Count == 0) start.Add("还没有考核指标方案。");
        }
        if (c.Status == CampaignStatus.Running && c.Periods.Count(p => p.Status == PeriodStatus.Open) is > 0 and var open)
            close.Add($"还有 {open} 个考核期未锁定。");
        return new CampaignDetailsView(c.Id, c.Name, c.Kind, c.Project, c.Organizer, c.StartsOn, c.EndsOn, c.Cadence, c.Status,
            c.CollectiveAwards, c.IndividualAwards, c.Version, c.CreatedAt,
            active.Count(p => p.Kind == ParticipantKind.Unit), active.Count(p => p.Kind == ParticipantKind.Individual),
            c.Participants.Count(p => !p.IsActive), c.Periods.Count, c.Periods.Count(p => p.Status == PeriodStatus.Locked),
            c.Schemes.Count == 0 ? null : c.Schemes.Max(s => s.Number), start, close);
    }
}
