using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Bargaining;
using SkillsLadder.Domain.Pay;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Bargaining.Agreements;

/// <summary>
/// A round of talks entered as tables: each side's proposal is a grid of post classes × levels, prefilled from its last
/// proposal (or the grid in force). "Check" shows the problems per cell without saving; "Save" records the round.
/// </summary>
public sealed class RoundModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [BindProperty] public DateOnly? HeldOn { get; set; }
    [BindProperty] public string Minutes { get; set; } = "";
    [BindProperty] public int Version { get; set; }
    /// <summary>Index 0 the union's, 1 the employer's; Include says whether that side tabled one this round.</summary>
    [BindProperty] public List<SideProposal> Sides { get; set; } = [];

    public RoundForm Form { get; private set; } = null!;
    public Dictionary<int, GridView> Checks { get; } = [];

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        HeldOn = clock.Today();
        Version = Form.Version;
        Sides =
        [
            new() { Side = BargainingSide.Union, Include = true, Grid = Form.UnionGrid },
            new() { Side = BargainingSide.Employer, Include = true, Grid = Form.EmployerGrid },
        ];
    }

    public async Task<IActionResult> OnPostCheckAsync(int id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        for (var i = 0; i < Sides.Count; i++)
        {
            if (!Sides[i].Include) continue; // a side tabling nothing this round has nothing to check
            var (ok, view) = await this.TrySendAsync(mediator, new CheckGridQuery { AgreementId = id, HeldOn = HeldOn, Grid = Sides[i].Grid }, prefix: $"Sides[{i}]");
            if (ok) Checks[i] = view!;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var tabled = Sides.Select((s, i) => (s, i)).Where(x => x.s.Include).ToList();
        var command = new HoldRoundCommand
        {
            AgreementId = id, Version = Version, HeldOn = HeldOn, Minutes = Minutes,
            Proposals = tabled.Select(x => new ProposalInput { Side = x.s.Side, Note = x.s.Note, Grid = x.s.Grid }).ToList(),
        };
        var (ok, _) = await this.TrySendAsync(mediator, command, prefix: "");
        if (ok)
        {
            TempData["Flash"] = "协商会议已记录。";
            return Redirect($"/Bargaining/Agreements/{id}");
        }
        // Errors name Proposals[k]; the form's inputs are Sides[i]: move each message to the input that caused it.
        foreach (var (key, entry) in ModelState.Where(e => e.Key.StartsWith("Proposals[", StringComparison.Ordinal)).ToList())
        {
            var k = int.Parse(key[10..key.IndexOf(']')], System.Globalization.CultureInfo.InvariantCulture);
            foreach (var error in entry!.Errors) ModelState.AddModelError($"Sides[{tabled[k].i}]{key[(key.IndexOf(']') + 1)..]}", error.ErrorMessage);
            ModelState.Remove(key);
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct) => Form = await mediator.Send(new GetRoundFormQuery(id), ct);
}

public sealed record SideProposal
{
    public BargainingSide Side { get; init; }
    public bool Include { get; init; }
    public string? Note { get; init; }
    public PayGridInput Grid { get; init; } = new();
}
