using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SkillsLadder.Web.Pages;

/// <summary>The language switch: remembers the reader's choice in a cookie for a year and goes back where they were.</summary>
[AllowAnonymous]
public sealed class CultureModel : PageModel
{
    public static readonly string[] Supported = ["zh-CN", "en"];

    /// <summary>The switch is a form post; a plain visit just goes home.</summary>
    public IActionResult OnGet() => LocalRedirect("/");

    public IActionResult OnPost(string culture, string? returnUrl)
    {
        if (!Supported.Contains(culture)) return BadRequest();
        Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
