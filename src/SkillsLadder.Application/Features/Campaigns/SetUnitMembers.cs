using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Campaigns;

/// <summary>Replaces a unit's member list (its crew); members are workers from the directory.</summary>
public sealed record SetUnitMembersCommand : ICommand<int>
{
    public int CampaignId { get; init; }
    public int ParticipantId { get; init; }
    public IReadOnlyList<int> WorkerIds { get; init; } = [];
}

public sealed class SetUnitMembersValidator : AbstractValidator<SetUnitMembersCommand>
{
    public SetUnitMembersValidator() =>
        RuleFor(c => c.WorkerIds).Must(ids => ids.Count <= 500).WithMessage("一个参赛单位最多 500 名成员。");
}

public sealed class SetUnitMembersHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<SetUnitMembersCommand, int>
{
    public async Task<int> Handle(SetUnitMembersCommand request, CancellationToken cancellationToken)
    {
        var campaign = await db.CampaignForOrganizerAsync(user, request.CampaignId, cancellationToken);
        if (campaign.Status == CampaignStatus.Closed) throw new DomainException("campaign.closed", "竞赛已结束，不能再修改。");
        var unit = campaign.Participants.SingleOrDefault(p => p.Id == request.ParticipantId)
                   ?? throw RequestValidationException.For(nameof(request.ParticipantId), "参赛者不在本竞赛中。");
        var ids = request.WorkerIds.Distinct().ToList();
        await db.WorkersAsync(ids, nameof(request.WorkerIds), cancellationToken);
        CompetitionFieldsMapping.AsFieldErrors(() => { unit.SetMembers(ids); return 0; });
        await db.SaveChangesAsync(cancellationToken);
        return ids.Count;
    }
}
