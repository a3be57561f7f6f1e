using Microsoft.AspNetCore.Identity;

namespace SkillsLadder.Data.Identity;

/// <summary>
/// A sign-in account. It may stand for a worker (a worker sees their own record) and/or for an enterprise
/// (that enterprise's HR sees and edits only its people).
/// </summary>
public sealed class AppUser : IdentityUser<int>
{
    public const int DisplayNameMaxLength = 50;
    /// <summary>A user claim set with a one-time password (new account, admin reset) and removed when the user picks their own.</summary>
    public const string MustChangePasswordClaim = "skillsladder:must-change-password";

    public string DisplayName { get; set; } = "";
    public int? WorkerId { get; set; }
    public int? EnterpriseId { get; set; }
}

/// <summary>The five roles. Accounts get them from admins; nothing grants itself a role.</summary>
public static class AppRoles
{
    public const string Admin = "Admin";
    public const string Organizer = "Organizer";
    public const string Judge = "Judge";
    public const string HrReviewer = "HrReviewer";
    public const string Worker = "Worker";

    public static readonly string[] All = [Admin, Organizer, Judge, HrReviewer, Worker];
}
