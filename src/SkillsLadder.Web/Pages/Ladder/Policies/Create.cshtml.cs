using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Ladder;
using SkillsLadder.Application.Features.Reference;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Ladder.Policies;

/// <summary>"Save as new version": the form starts from the version in force; rows whose target is "delete" are dropped.</summary>
public sealed class CreateModel(IMediator mediator, TimeProvider clock) : PageModel
{
    private const int BlankRows = 3;

    [BindProperty] public SaveLadderPolicyCommand Command { get; set; } = new();
    public int FromNumber { get; private set; }
    public ReferenceData Reference { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var current = await mediator.Send(new GetLadderPolicyQuery(null), ct);
        Command = new SaveLadderPolicyCommand
        {
            EffectiveFrom = clock.Today(), Tier1MinLevelRank = current.Tier1MinLevelRank, Tier2MinLevelRank = current.Tier2MinLevelRank,
            Routes = [.. current.Routes],
        };
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            // Row numbers of the messages must match the rows shown again, so the dropped rows go before sending
            // and the form is re-rendered from the command rather than from the posted values.
            Command = Command with { Routes = Command.Routes.Where(r => r.TargetLevelRank > 0).ToList() };
            ModelState.Clear();
        }
        return this.SubmitAsync(mediator, Command, number => ("晋级规则已保存为新版本。", RedirectToPage("Details", new { number })),
            () => LoadAsync(ct));
    }

    public async Task<IActionResult> OnPostAddRowsAsync(CancellationToken ct)
    {
        ModelState.Clear(); // not a save: no messages yet
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Reference = await mediator.Send(new GetReferenceDataQuery(), ct);
        FromNumber = (await mediator.Send(new GetLadderPolicyQuery(null), ct)).Number;
        Command = Command with { Routes = [.. Command.Routes, .. Enumerable.Range(0, BlankRows).Select(_ => new LevelRouteLine())] };
    }
}
