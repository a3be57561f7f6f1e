using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Campaigns;

/// <summary>A section, crew or enterprise taking part; its leader stands for it if it is nominated 先进集体.</summary>
public sealed record AddUnitCommand : ICommand<int>
{
    public int CampaignId { get; init; }
    public string Name { get; init; } = "";
    public UnitKind UnitKind { get; init; } = UnitKind.Crew;
    public int? EnterpriseId { get; init; }
    public int? LeaderWorkerId { get; init; }
}

public sealed class AddUnitValidator : AbstractValidator<AddUnitCommand>
{
    public AddUnitValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("请填写单位名称。")
            .MaximumLength(CampaignParticipant.NameMaxLength).WithMessage($"单位名称最多 {CampaignParticipant.NameMaxLength} 个字。");
        RuleFor(c => c.UnitKind).IsInEnum().WithMessage("请选择单位类型。");
    }
}

public sealed class AddUnitHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<AddUnitCommand, int>
{
    public async Task<int> Handle(AddUnitCommand request, CancellationToken cancellationToken)
    {
        var campaign = await db.CampaignForOrganizerAsync(user, request.CampaignId, cancellationToken);
        if (request.EnterpriseId is { } enterpriseId && !await db.Enterprises.AnyAsync(e => e.Id == enterpriseId, cancellationToken))
            throw RequestValidationException.For(nameof(request.EnterpriseId), "所选企业不存在。");
        if (request.LeaderWorkerId is { } leaderId)
            await db.WorkersAsync([leaderId], nameof(request.LeaderWorkerId), cancellationToken);
        var unit = CompetitionFieldsMapping.AsFieldErrors(() =>
            campaign.AddUnit(request.Name, request.UnitKind, request.EnterpriseId, request.LeaderWorkerId));
        // The leader belongs to the crew they lead.
        if (request.LeaderWorkerId is { } leader) unit.SetMembers([leader]);
        await db.SaveChangesAsync(cancellationToken);
        return unit.Id;
    }
}
