using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Application.Features.Reference;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Competitions;

[Authorize(Policy = AuthSetup.OrganizerPolicy)]
public sealed class CreateModel(IMediator mediator) : PageModel
{
    [BindProperty] public CreateCompetitionCommand Command { get; set; } = new();
    public IReadOnlyList<CompetitionListItem> Earlier { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(DateTime.Today);
        Command = Command with { StartsOn = today.AddMonths(1), EndsOn = today.AddMonths(1).AddDays(1) };
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        this.SubmitAsync(mediator, Command, id => ("竞赛已创建。", RedirectToPage("Details", new { id })), () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        ViewData["Reference"] = await mediator.Send(new GetReferenceDataQuery(), ct);
        Earlier = (await mediator.Send(new ListCompetitionsQuery { PageSize = 100 }, ct)).Items;
    }
}
