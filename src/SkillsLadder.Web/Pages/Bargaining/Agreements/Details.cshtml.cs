using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Bargaining;
using SkillsLadder.Domain.Pay;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Bargaining.Agreements;

/// <summary>One agreement: deadlines, parties, rounds with their proposals, the draft and each step's form for whoever may take it.</summary>
public sealed class DetailsModel(IMediator mediator, TimeProvider clock) : PageModel
{
    public AgreementDetails Agreement { get; private set; } = null!;
    public DateOnly Today => clock.Today();

    public async Task OnGetAsync(int id, CancellationToken ct) => Agreement = await mediator.Send(new GetAgreementQuery(id), ct);

    public Task<IActionResult> OnPostAddRepresentativeAsync(int id, BargainingSide side, string? name, string? post, bool isChief, CancellationToken ct) =>
        SendAsync(id, new AddRepresentativeCommand { AgreementId = id, Side = side, Name = name ?? "", Post = post, IsChief = isChief }, "代表已加入。", ct);

    public Task<IActionResult> OnPostRemoveRepresentativeAsync(int id, int representativeId, CancellationToken ct) =>
        SendAsync(id, new RemoveRepresentativeCommand(id, representativeId), "代表已移出。", ct);

    public Task<IActionResult> OnPostReplyAsync(int id, int version, DateOnly? on, CancellationToken ct) =>
        SendAsync(id, new ReplyToOfferCommand { AgreementId = id, Version = version, RepliedOn = on }, "书面回应已记录，进入协商。", ct);

    public Task<IActionResult> OnPostDraftAsync(int id, int version, int proposalId, CancellationToken ct) =>
        SendAsync(id, new AgreeDraftCommand { AgreementId = id, Version = version, ProposalId = proposalId }, "该方案已形成草案，待职代会表决。", ct);

    public async Task<IActionResult> OnPostVoteAsync(int id, int version, DateOnly? on, int representatives, int attending, int approving, CancellationToken ct)
    {
        var command = new RecordVoteCommand { AgreementId = id, Version = version, HeldOn = on, Representatives = representatives, Attending = attending, Approving = approving };
        var (ok, outcome) = await this.TrySendAsync(mediator, command, prefix: "");
        if (!ok) return await ReloadAsync(id, ct);
        TempData["Flash"] = outcome!.Explanation; // a failed vote is recorded too: the counts say why
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostSignAsync(int id, int version, DateOnly? on, CancellationToken ct) =>
        SendAsync(id, new SignAgreementCommand(id, on, version), "签字已记录。", ct);

    public Task<IActionResult> OnPostFileAsync(int id, int version, DateOnly? on, CancellationToken ct) =>
        SendAsync(id, new FileAgreementCommand(id, on, version), "报送备案已记录。", ct);

    public Task<IActionResult> OnPostTakeEffectAsync(int id, int version, DateOnly? on, CancellationToken ct) =>
        SendAsync(id, new TakeEffectCommand { AgreementId = id, Version = version, BureauApprovedOn = on }, "协议已生效，覆盖职工的工资档次已确定。", ct);

    private async Task<IActionResult> SendAsync<T>(int id, IRequest<T> command, string flash, CancellationToken ct)
    {
        var (ok, _) = await this.TrySendAsync(mediator, command, prefix: "");
        if (!ok) return await ReloadAsync(id, ct);
        TempData["Flash"] = flash;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> ReloadAsync(int id, CancellationToken ct)
    {
        await OnGetAsync(id, ct);
        return Page();
    }

    /// <summary>Which step's form this reader sees now.</summary>
    public bool Party => Agreement.ActsForUnion || Agreement.ActsForEmployer;
    public bool MayReply => Agreement.Status == AgreementStatus.Offered
        && (Agreement.OfferedBy == BargainingSide.Union ? Agreement.ActsForEmployer : Agreement.ActsForUnion);
    public bool Negotiable => Party && Agreement.Status is AgreementStatus.Negotiating or AgreementStatus.Draft;
    public bool Acts(BargainingSide side) => side == BargainingSide.Union ? Agreement.ActsForUnion : Agreement.ActsForEmployer;
}
