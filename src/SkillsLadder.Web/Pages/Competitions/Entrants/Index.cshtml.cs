using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Application.Features.Registration;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Competitions.Entrants;

/// <summary>
/// The entrants of a competition. Organizers find workers (by name or ID number), see their eligibility, register
/// and withdraw; judges seated on the competition see the list only (the handlers decide, the page follows).
/// </summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public EntrantStatus? Status { get; set; }
    [BindProperty] public RegisterEntrantCommand Command { get; set; } = new();
    [BindProperty] public WithdrawForm Withdraw { get; set; } = new();

    public CompetitionHeader Header { get; private set; } = null!;
    public IReadOnlyList<EntrantRow> Entrants { get; private set; } = [];
    public IReadOnlyList<EntryCandidate> Candidates { get; private set; } = [];
    public bool MayWithdraw => Header.IsOrganizer && Header.Status < CompetitionStatus.Locked;
    public bool MayRegister => Header.IsOrganizer && Header.Status is CompetitionStatus.Draft or CompetitionStatus.Registration;

    public Task OnGetAsync(int id, CancellationToken ct) => LoadAsync(id, ct);

    public Task<IActionResult> OnPostRegisterAsync(int id, CancellationToken ct) =>
        this.SubmitAsync(mediator, Command with { CompetitionId = id },
            _ => ("报名成功。", RedirectToPage(new { id, q = (string?)null })), () => LoadAsync(id, ct));

    public Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken ct) =>
        this.SubmitAsync(mediator, new WithdrawEntrantCommand(id, Withdraw.EntrantId, Withdraw.Reason ?? ""),
            _ => ("已办理退赛。", RedirectToPage(new { id })), () => LoadAsync(id, ct), prefix: nameof(Withdraw));

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Header = await mediator.Send(new GetCompetitionHeaderQuery(id), ct);
        Entrants = await mediator.Send(new ListEntrantsQuery(id, Status), ct);
        if (Header.IsOrganizer && !string.IsNullOrWhiteSpace(Q))
            Candidates = await mediator.Send(new SearchEntryCandidatesQuery(id, Q), ct);
    }

    public sealed record WithdrawForm
    {
        public int EntrantId { get; init; }
        public string? Reason { get; init; }
    }
}
