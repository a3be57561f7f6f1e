using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Campaigns;

/// <summary>A unit or individual leaves the campaign; their assessments stay on record but leave the standings.</summary>
public sealed record WithdrawParticipantCommand : ICommand<MediatR.Unit>
{
    public int CampaignId { get; init; }
    public int ParticipantId { get; init; }
    public string Reason { get; init; } = "";
}

public sealed class WithdrawParticipantValidator : AbstractValidator<WithdrawParticipantCommand>
{
    public WithdrawParticipantValidator() =>
        RuleFor(c => c.Reason).NotEmpty().WithMessage("请写明退出理由。")
            .MaximumLength(CampaignParticipant.ReasonMaxLength).WithMessage($"理由最多 {CampaignParticipant.ReasonMaxLength} 个字。");
}

public sealed class WithdrawParticipantHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<WithdrawParticipantCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(WithdrawParticipantCommand request, CancellationToken cancellationToken)
    {
        var campaign = await db.CampaignForOrganizerAsync(user, request.CampaignId, cancellationToken);
        CompetitionFieldsMapping.AsFieldErrors(() => { campaign.Withdraw(request.ParticipantId, request.Reason); return 0; });
        await db.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
