using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using SkillsLadder.Data.Identity;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(AuthSetup.SignInRateLimit)]
public sealed class LoginModel(SignInManager<AppUser> signIn, SignInAudit audit, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty] public LoginInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var userName = Input.UserName.Trim();
        var result = await signIn.PasswordSignInAsync(userName, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        await audit.RecordAsync(result.Succeeded ? "SignedIn" : result.IsLockedOut ? "LockedOut" : "SignInFailed", userName);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        // One message for unknown user, wrong password and locked account, so the form does not reveal which accounts exist.
        ModelState.AddModelError(string.Empty, text["用户名或密码不正确。"]);
        return Page();
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "请填写用户名。"), MaxLength(256, ErrorMessage = "用户名过长。")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "请填写密码。"), MaxLength(256, ErrorMessage = "密码过长。")]
        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }
}
