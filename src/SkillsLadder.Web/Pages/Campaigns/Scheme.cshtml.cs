using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Campaigns;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Campaigns;

/// <summary>
/// The indicator scheme: every version with the periods it applies to, and one form that edits the whole scheme and
/// saves it as a new version from a chosen period. A refused save lists every problem and keeps what was typed.
/// </summary>
public sealed class SchemeModel(IMediator mediator) : PageModel
{
    [BindProperty] public SchemeForm Form { get; set; } = new();

    public CampaignHeader Header { get; private set; } = null!;
    public IndicatorSchemesView Schemes { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Form = SchemeForm.From(Schemes);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (Form.ToInput(ModelState, nameof(Form)) is { } input)
        {
            var command = new SaveIndicatorSchemeCommand { CampaignId = id, LatestNumber = Form.LatestNumber, FromPeriod = Form.FromPeriod, Scheme = input };
            var (ok, _) = await this.TrySendAsync(mediator, command, nameof(Form));
            if (ok)
            {
                TempData["Flash"] = "考核指标方案已保存为新版本。";
                return RedirectToPage(new { id });
            }
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Header = await mediator.Send(new GetCampaignHeaderQuery(id), ct);
        Schemes = await mediator.Send(new GetIndicatorSchemeQuery(id), ct);
    }
}
