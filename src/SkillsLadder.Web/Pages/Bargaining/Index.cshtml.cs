using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Bargaining;
using SkillsLadder.Application.Features.Reference;

namespace SkillsLadder.Web.Pages.Bargaining;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)] public AgreementStage? Stage { get; set; }
    [BindProperty(SupportsGet = true)] public int? Enterprise { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }

    public IReadOnlyList<AgreementListItem> Agreements { get; private set; } = [];
    public ReferenceData Reference { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Agreements = await mediator.Send(new ListAgreementsQuery { Stage = Stage, EnterpriseId = Enterprise, Overdue = Overdue }, ct);
        Reference = await mediator.Send(new GetReferenceDataQuery(), ct);
    }
}
