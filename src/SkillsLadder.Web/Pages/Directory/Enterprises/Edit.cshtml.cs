using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Enterprises;
using SkillsLadder.Application.Features.Reference;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Directory.Enterprises;

public sealed class EditModel(IMediator mediator, ICurrentUser user) : PageModel
{
    [BindProperty] public EditEnterpriseCommand Command { get; set; } = new();

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        user.EnsureCanEditEnterprise(id); // no form for those who could never save it
        var e = await mediator.Send(new GetEnterpriseQuery(id), ct);
        Command = new EditEnterpriseCommand
        {
            Id = e.Id, Version = e.Version, Name = e.Name, CreditCode = e.CreditCode,
            IndustryId = e.IndustryId, District = e.District, Address = e.Address,
        };
        await LoadReferenceAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        Command = Command with { Id = id };
        return this.SubmitAsync(mediator, Command, _ => ("企业信息已保存。", RedirectToPage("Details", new { id })),
            () => LoadReferenceAsync(ct));
    }

    private async Task LoadReferenceAsync(CancellationToken ct) =>
        ViewData["Reference"] = await mediator.Send(new GetReferenceDataQuery(), ct);
}
