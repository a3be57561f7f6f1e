using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SkillsLadder.Web.Pages.Growth;

/// <summary>A hub page: each area's own page decides what this user may see there.</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet() { }
}
