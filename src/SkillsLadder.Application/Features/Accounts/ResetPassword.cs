using MediatR;
using Microsoft.AspNetCore.Identity;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Data.Identity;

namespace SkillsLadder.Application.Features.Accounts;

/// <summary>An admin gives a locked-out or forgetful user a new one-time password; their other sessions end.</summary>
public sealed record ResetPasswordCommand(int AccountId) : ICommand<CreatedAccount>;

public sealed class ResetPasswordHandler(SkillsLadderDbContext db, UserManager<AppUser> users, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ResetPasswordCommand, CreatedAccount>
{
    public async Task<CreatedAccount> Handle(ResetPasswordCommand request, CancellationToken cancellationToken)
    {
        if (!user.IsAdmin()) throw new ForbiddenException("只有管理员可以管理账户。");
        var account = await users.FindByIdAsync(request.AccountId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            ?? throw new NotFoundException("Account", request.AccountId);
        var password = PasswordGenerator.New();
        CreateAccountHandler.Check(await users.RemovePasswordAsync(account));
        CreateAccountHandler.Check(await users.AddPasswordAsync(account, password));
        CreateAccountHandler.Check(await users.SetLockoutEndDateAsync(account, null));
        CreateAccountHandler.Check(await users.ResetAccessFailedCountAsync(account));
        CreateAccountHandler.Check(await users.UpdateSecurityStampAsync(account));
        if (!(await users.GetClaimsAsync(account)).Any(c => c.Type == AppUser.MustChangePasswordClaim))
            CreateAccountHandler.Check(await users.AddClaimAsync(account, new System.Security.Claims.Claim(AppUser.MustChangePasswordClaim, "true")));
        // The interceptor never logs password hashes or stamps, so the reset itself is recorded here: who reset whose password.
        AuditLog.Record(db, user, clock, "PasswordReset", nameof(AppUser), account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new { account.UserName, MustChangePassword = true }); // saved with the command by the transaction behaviour
        return new CreatedAccount(account.Id, account.UserName!, password);
    }
}
