using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Data.Identity;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Account;

/// <summary>Sign-out is a POST with an antiforgery token, so no link on another site can sign a user out.</summary>
public sealed class LogoutModel(SignInManager<AppUser> signIn, SignInAudit audit) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await audit.RecordAsync("SignedOut", User.Identity?.Name ?? "unknown");
        await signIn.SignOutAsync();
        return RedirectToPage("Login");
    }
}
