using MediatR;
using Microsoft.AspNetCore.Identity;
using SkillsLadder.Application.Common;
using SkillsLadder.Data.Identity;

namespace SkillsLadder.Application.Features.Accounts;

/// <summary>An admin gives a locked-out or forgetful user a new one-time password; their other sessions end.</summary>
public sealed record ResetPasswordCommand(int AccountId) : ICommand<CreatedAccount>;

public sealed class ResetPasswordHandler(UserManager<AppUser> users, ICurrentUser user) : IRequestHandler<ResetPasswordCommand, CreatedAccount>
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
        return new CreatedAccount(account.Id, account.UserName!, password);
    }
}
