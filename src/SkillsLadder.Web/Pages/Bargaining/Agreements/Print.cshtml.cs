using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Bargaining;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Web.Pages.Bargaining.Agreements;

/// <summary>The filing pack (or, with ?part=grid, the signed grid alone) for paper; unsigned ones are marked as drafts.</summary>
public sealed class PrintModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Part { get; set; }
    public AgreementDetails Agreement { get; private set; } = null!;
    public DateOnly PrintedOn => clock.Today();
    public bool GridOnly => Part == "grid";
    public bool IsDraft => Agreement.Status < AgreementStatus.Signed;

    public async Task OnGetAsync(int id, CancellationToken ct) => Agreement = await mediator.Send(new GetAgreementQuery(id), ct);
}
