using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Honours;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Honours.Catalogue;

/// <summary>Adds a title (no id) or edits one (with its version, so a stale form is refused), and deactivates it.</summary>
[Authorize(Policy = AuthSetup.AdminPolicy)]
public sealed class EditModel(IMediator mediator) : PageModel
{
    [BindProperty] public EditHonourTypeCommand Command { get; set; } = new();
    public bool IsNew => Command.Id == 0;

    public async Task OnGetAsync(int? id, CancellationToken ct)
    {
        if (id is not { } existing) return;
        var h = await mediator.Send(new GetHonourTypeQuery(existing), ct);
        Command = new EditHonourTypeCommand
        {
            Id = h.Id, Version = h.Version, Name = h.Name, Level = h.Level, ValidityYears = h.ValidityYears, BonusYuan = h.BonusYuan,
            CountsTowardCraftsman = h.CountsTowardCraftsman, NeedsSecondApproval = h.NeedsSecondApproval, NoticeWorkingDays = h.NoticeWorkingDays,
            Description = h.Description, IsActive = h.IsActive,
        };
    }

    public Task<IActionResult> OnPostAsync(int? id)
    {
        Command = Command with { Id = id ?? 0 };
        IActionResult Done(int _) => RedirectToPage("Index");
        return id is null
            ? this.SubmitAsync(mediator, new CreateHonourTypeCommand
            {
                Name = Command.Name, Level = Command.Level, ValidityYears = Command.ValidityYears, BonusYuan = Command.BonusYuan,
                CountsTowardCraftsman = Command.CountsTowardCraftsman, NeedsSecondApproval = Command.NeedsSecondApproval,
                NoticeWorkingDays = Command.NoticeWorkingDays, Description = Command.Description,
            }, r => ("荣誉已添加。", Done(r)), () => Task.CompletedTask)
            : this.SubmitAsync(mediator, Command, r => ("荣誉已保存。", Done(r)), () => Task.CompletedTask);
    }

    public Task<IActionResult> OnPostDeactivateAsync(int id) =>
        this.SubmitAsync(mediator, new DeactivateHonourTypeCommand(id, Command.Version), _ => ("荣誉已停用。", (IActionResult)RedirectToPage("Index")),
            async () => await OnGetAsync(id, HttpContext.RequestAborted), prefix: "");
}
