using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Bargaining;
using SkillsLadder.Application.Features.Reference;
using SkillsLadder.Domain.Pay;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Bargaining;

public sealed class CreateModel(IMediator mediator, ICurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty] public OfferAgreementCommand Command { get; set; } = new();
    public ReferenceData Reference { get; private set; } = null!;
    public IReadOnlyList<string> Areas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Enterprise HR can only offer for its own employer side; everyone else offers for the union.
        Command = new OfferAgreementCommand
        {
            OfferedOn = clock.Today(), OfferedBy = user.IsUnionSide() ? BargainingSide.Union : BargainingSide.Employer, EnterpriseId = user.EnterpriseId,
        };
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        this.SubmitAsync(mediator, Command, id => ("协商要约已发出。", Redirect($"/Bargaining/Agreements/{id}")), () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Reference = await mediator.Send(new GetReferenceDataQuery(), ct);
        Areas = (await mediator.Send(new ListMinimumWagesQuery(), ct)).Select(w => w.Area).Distinct().ToList();
    }
}
