using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Bargaining;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Bargaining;

/// <summary>The minimum wage table (admins add standards) and the post classes with their floors (read-only).</summary>
public sealed class MinimumWagesModel(IMediator mediator) : PageModel
{
    [BindProperty] public AddMinimumWageCommand Command { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Area { get; set; }
    public IReadOnlyList<MinimumWageItem> Standards { get; private set; } = [];
    public IReadOnlyList<PostClassItem> PostClasses { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        this.SubmitAsync(mediator, Command, _ => ("最低工资标准已录入。", RedirectToPage(new { area = Command.Area.Trim() })), () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct)
    {
        Standards = await mediator.Send(new ListMinimumWagesQuery(Area), ct);
        PostClasses = await mediator.Send(new ListPostClassesQuery(), ct);
    }
}
