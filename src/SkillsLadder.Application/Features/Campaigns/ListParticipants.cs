using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Campaigns;

public sealed record ListParticipantsQuery(int CampaignId) : IRequest<IReadOnlyList<ParticipantView>>;

public sealed record ParticipantView(int Id, ParticipantKind Kind, string Name, UnitKind? UnitKind, int? EnterpriseId, string? EnterpriseName,
    int? WorkerId, int? UnitId, string? UnitName, int? LeaderWorkerId, string? LeaderName, bool IsActive, string? WithdrawalReason,
    IReadOnlyList<MemberView> Members);

public sealed record MemberView(int WorkerId, string Name);

/// <summary>Units first, then individuals, each in the order they joined; withdrawn ones last, with their reason.</summary>
public sealed class ListParticipantsHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<ListParticipantsQuery, IReadOnlyList<ParticipantView>>
{
    public async Task<IReadOnlyList<ParticipantView>> Handle(ListParticipantsQuery request, CancellationToken cancellationToken)
    {
        await db.EnsureCampaignExistsAsync(user, request.CampaignId, cancellationToken);
        var participants = await db.CampaignParticipants.AsNoTracking().Include(p => p.Members)
            .Where(p => p.CampaignId == request.CampaignId).ToListAsync(cancellationToken);
        var workerIds = participants.SelectMany(p => p.Members.Select(m => m.WorkerId))
            .Concat(participants.Select(p => p.LeaderWorkerId).OfType<int>()).Distinct().ToList();
        var workers = await db.Workers.AsNoTracking().Where(w => workerIds.Contains(w.Id))
            .ToDictionaryAsync(w => w.Id, w => w.FullName, cancellationToken);
        var enterpriseIds = participants.Select(p => p.EnterpriseId).OfType<int>().Distinct().ToList();
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => enterpriseIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => e.Name, cancellationToken);
        var names = participants.ToDictionary(p => p.Id, p => p.Name);

        return participants.OrderBy(p => !p.IsActive).ThenBy(p => p.Kind).ThenBy(p => p.Id)
            .Select(p => new ParticipantView(p.Id, p.Kind, p.Name, p.UnitKind, p.EnterpriseId,
                p.EnterpriseId is { } e ? enterprises.GetValueOrDefault(e) : null, p.WorkerId,
                p.UnitId, p.UnitId is { } u ? names.GetValueOrDefault(u) : null,
                p.LeaderWorkerId, p.LeaderWorkerId is { } l ? workers.GetValueOrDefault(l) : null, p.IsActive, p.WithdrawalReason,
                p.Members.Select(m => new MemberView(m.WorkerId, workers.GetValueOrDefault(m.WorkerId) ?? "?")).OrderBy(m => m.WorkerId).ToList()))
            .ToList();
    }
}
