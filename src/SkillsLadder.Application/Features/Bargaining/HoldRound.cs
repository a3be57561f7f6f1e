using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Features.Bargaining;

/// <summary>
/// Records a round of talks: its date, minutes and at most one proposal per side. A proposal may break the grid rules
/// (it is a negotiating position); its problems are shown with it, and only a clean grid can become the draft.
/// </summary>
public sealed record HoldRoundCommand : ICommand<int>
{
    public int AgreementId { get; init; }
    public int? Version { get; init; }
    public DateOnly? HeldOn { get; init; }
    public string Minutes { get; init; } = "";
    public List<ProposalInput> Proposals { get; init; } = [];
}

public sealed record ProposalInput
{
    public BargainingSide Side { get; init; }
    public string? Note { get; init; }
    public PayGridInput Grid { get; init; } = new();
}

public sealed class HoldRoundValidator : AbstractValidator<HoldRoundCommand>
{
    public HoldRoundValidator(TimeProvider clock)
    {
        RuleFor(c => c.HeldOn).NotNull().WithMessage("请填写协商日期。").Must(d => d <= clock.Today()).WithMessage("协商日期不能晚于今天。");
        RuleFor(c => c.Minutes).NotEmpty().WithMessage("请填写会议纪要。").MinimumLength(5).WithMessage("会议纪要至少 5 个字。")
            .MaximumLength(BargainingRound.MinutesMaxLength).WithMessage($"会议纪要最多 {BargainingRound.MinutesMaxLength} 个字。");
        RuleFor(c => c.Proposals).Must(p => p.Select(x => x.Side).Distinct().Count() == p.Count)
            .WithMessage("每方每轮最多提出一份方案。");
        RuleForEach(c => c.Proposals).ChildRules(p =>
        {
            p.RuleFor(x => x.Side).IsInEnum().WithMessage("请选择提出方案的一方。");
            p.RuleFor(x => x.Note).MaximumLength(1000).WithMessage("说明最多 1000 个字。");
            p.RuleFor(x => x.Grid).SetValidator(new PayGridInputValidator());
        });
    }
}

public sealed class HoldRoundHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<HoldRoundCommand, int>
{
    public async Task<int> Handle(HoldRoundCommand request, CancellationToken cancellationToken)
    {
        var agreement = await db.AgreementAsync(user, request.AgreementId, cancellationToken);
        user.EnsureParty(agreement);
        db.ExpectVersion(agreement, request.Version);
        for (var i = 0; i < request.Proposals.Count; i++)
            await db.EnsureKnownCellsAsync(request.Proposals[i].Grid, $"Proposals[{i}].Grid.Cells", cancellationToken);
        var proposals = request.Proposals.Select((p, i) => (p.Side,
            BargainingErrors.OnField($"Proposals[{i}].Grid.Cells", () => p.Grid.ToGrid()), p.Note)).ToList();
        var round = agreement.HoldRound(request.HeldOn!.Value, request.Minutes, proposals);
        await db.SaveChangesAsync(cancellationToken);
        return round.Id;
    }
}
