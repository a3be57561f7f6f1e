using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Accounts;
using SkillsLadder.Web.Infrastructure;
using SkillsLadder.Web.Pages.Shared;

namespace SkillsLadder.Web.Pages.Admin;

public sealed class AccountsModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    // From the query string: "page" is also Razor Pages' ambient route value (the page's own path).
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }
    [BindProperty] public CreateAccountCommand Command { get; set; } = new();

    public PagedList<AccountItem> Result { get; private set; } = null!;
    /// <summary>A password just generated: shown on this one answer, never again.</summary>
    public CreatedAccount? Issued { get; private set; }
    public PagerModel Pager => new(Result.Page, Result.PageCount, Result.TotalCount, Request.Path, new Dictionary<string, string?> { ["q"] = Q });

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var (ok, created) = await this.TrySendAsync(mediator, Command);
            if (ok) (Issued, Command) = (created, new CreateAccountCommand());
        }
        await LoadAsync(ct);
        return Page(); // no redirect: the one-time password must not travel in TempData or a URL
    }

    public async Task<IActionResult> OnPostResetAsync(int id, CancellationToken ct)
    {
        Issued = await mediator.Send(new ResetPasswordCommand(id), ct);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct) => Result = await mediator.Send(new ListAccountsQuery { Search = Q, Page = PageNumber }, ct);
}
