using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SkillsLadder.Data.Identity;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Account;

public sealed class ChangePasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, SignInAudit audit, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty] public ChangePasswordInput Input { get; set; } = new();

    /// <summary>Signed in with a one-time password: every other page sends the user here until it is changed.</summary>
    public bool Required => User.HasClaim(c => c.Type == AppUser.MustChangePasswordClaim);

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword", text[error.Description]);
            return Page();
        }
        await Api.PasswordChanged.ClearOneTimeAsync(users, user);
        await audit.RecordAsync("PasswordChanged", user.UserName!, user.Id);
        await signIn.RefreshSignInAsync(user); // the new security stamp signs out other sessions, not this one
        TempData["Flash"] = "密码已修改。";
        return Redirect("/");
    }

    public sealed class ChangePasswordInput
    {
        [Required(ErrorMessage = "请填写当前密码。"), MaxLength(256, ErrorMessage = "密码过长。")]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "请填写新密码。"), MaxLength(256, ErrorMessage = "密码过长。")]
        public string NewPassword { get; set; } = "";

        [Compare(nameof(NewPassword), ErrorMessage = "两次输入的新密码不一致。")]
        public string ConfirmPassword { get; set; } = "";
    }
}
