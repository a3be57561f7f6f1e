using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Mentoring;
using SkillsLadder.Domain.Training;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Mentoring;

/// <summary>
/// One pair. Each reader gets only the buttons they may press: the mentor and the apprentice sign (plan and milestones)
/// as themselves from their phones, HR signs for the enterprise and completes or terminates. Refusals show in place.
/// </summary>
public sealed class DetailsModel(IMediator mediator) : PageModel
{
    public MentoringPairDetails Pair { get; private set; } = null!;
    [BindProperty] public string? Reason { get; set; }

    public async Task OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct);

    public Task<IActionResult> OnPostSignAsync(int id, MentoringParty party, CancellationToken ct) =>
        SendAsync(id, new SignMentoringPlanCommand(id, party), "已签字。", ct);

    public Task<IActionResult> OnPostSignOffAsync(int id, int number, MentoringParty party, CancellationToken ct) =>
        SendAsync(id, new SignOffMentoringMilestoneCommand(id, number, party), "节点已签认。", ct);

    public Task<IActionResult> OnPostCompleteAsync(int id, CancellationToken ct) =>
        SendAsync(id, new CompleteMentoringPairCommand(id), "已办理出师。", ct);

    public Task<IActionResult> OnPostTerminateAsync(int id, CancellationToken ct) =>
        SendAsync(id, new TerminateMentoringPairCommand(id, Reason ?? ""), "师带徒关系已终止。", ct);

    private async Task<IActionResult> SendAsync<T>(int id, IRequest<T> request, string flash, CancellationToken ct)
    {
        var (ok, _) = await this.TrySendAsync(mediator, request, prefix: "");
        if (ok)
        {
            TempData["Flash"] = flash;
            return RedirectToPage(new { id });
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct) => Pair = await mediator.Send(new GetMentoringPairQuery(id), ct);
}
