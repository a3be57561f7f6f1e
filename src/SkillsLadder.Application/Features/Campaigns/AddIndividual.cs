using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Campaigns;

/// <summary>
/// A worker from the directory competing as an individual (for 先进个人), optionally as a member of one of the
/// campaign's units; they are then listed among that unit's members too.
/// </summary>
public sealed record AddIndividualCommand : ICommand<int>
{
    public int CampaignId { get; init; }
    public int WorkerId { get; init; }
    public int? UnitId { get; init; }
}

public sealed class AddIndividualValidator : AbstractValidator<AddIndividualCommand>
{
    public AddIndividualValidator() => RuleFor(c => c.WorkerId).GreaterThan(0).WithMessage("请选择职工。");
}

public sealed class AddIndividualHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<AddIndividualCommand, int>
{
    public async Task<int> Handle(AddIndividualCommand request, CancellationToken cancellationToken)
    {
        var campaign = await db.CampaignForOrganizerAsync(user, request.CampaignId, cancellationToken);
        var worker = (await db.WorkersAsync([request.WorkerId], nameof(request.WorkerId), cancellationToken))[request.WorkerId];
        var individual = CompetitionFieldsMapping.AsFieldErrors(() =>
            campaign.AddIndividual(request.WorkerId, worker.Name, worker.EnterpriseId, request.UnitId));
        if (request.UnitId is { } unitId)
        {
            var unit = campaign.Participants.Single(p => p.Id == unitId);
            unit.SetMembers(unit.Members.Select(m => m.WorkerId).Append(request.WorkerId));
        }
        await db.SaveChangesAsync(cancellationToken);
        return individual.Id;
    }
}
