using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Data.Identity;

namespace SkillsLadder.Application.Features.Accounts;

/// <summary>An admin opens an account in one role, tied where the role needs it to a worker or an enterprise.</summary>
public sealed record CreateAccountCommand : ICommand<CreatedAccount>
{
    public string UserName { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string Role { get; init; } = "";
    public int? WorkerId { get; init; }
    public int? EnterpriseId { get; init; }
}

/// <summary>The generated first password is shown to the admin once and stored only as a hash.</summary>
public sealed record CreatedAccount(int Id, string UserName, string InitialPassword);

public sealed class CreateAccountValidator : AbstractValidator<CreateAccountCommand>
{
    public CreateAccountValidator()
    {
        RuleFor(a => a.UserName).NotEmpty().WithMessage("请填写用户名。")
            .Matches("^[A-Za-z0-9._-]{3,50}$").WithMessage("用户名为 3–50 位字母、数字或 . _ -。");
        RuleFor(a => a.DisplayName).NotEmpty().WithMessage("请填写显示名称。")
            .MaximumLength(AppUser.DisplayNameMaxLength).WithMessage("显示名称过长。");
        RuleFor(a => a.Role).Must(r => AppRoles.All.Contains(r)).WithMessage("请选择角色。");
        RuleFor(a => a.WorkerId).NotNull().When(a => a.Role == AppRoles.Worker).WithMessage("职工账户须关联职工档案。");
    }
}

public sealed class CreateAccountHandler(SkillsLadderDbContext db, UserManager<AppUser> users, ICurrentUser user)
    : IRequestHandler<CreateAccountCommand, CreatedAccount>
{
    public async Task<CreatedAccount> Handle(CreateAccountCommand request, CancellationToken cancellationToken)
    {
        if (!user.IsAdmin()) throw new ForbiddenException("只有管理员可以管理账户。");
        if (await users.FindByNameAsync(request.UserName) is not null)
            throw RequestValidationException.For(nameof(request.UserName), "该用户名已被使用。");
        var enterpriseId = request.EnterpriseId;
        if (request.WorkerId is { } workerId)
        {
            var worker = await db.Workers.Where(w => w.Id == workerId).Select(w => new { w.EnterpriseId }).SingleOrDefaultAsync(cancellationToken)
                ?? throw RequestValidationException.For(nameof(request.WorkerId), "所选职工不存在。");
            if (await db.Users.AnyAsync(u => u.WorkerId == workerId, cancellationToken))
                throw RequestValidationException.For(nameof(request.WorkerId), "该职工已有账户。");
            enterpriseId ??= worker.EnterpriseId;
        }
        if (enterpriseId is { } id && !await db.Enterprises.AnyAsync(e => e.Id == id, cancellationToken))
            throw RequestValidationException.For(nameof(request.EnterpriseId), "所选企业不存在。");

        var account = new AppUser { UserName = request.UserName, DisplayName = request.DisplayName.Trim(), WorkerId = request.WorkerId, EnterpriseId = enterpriseId };
        var password = PasswordGenerator.New();
        Check(await users.CreateAsync(account, password));
        Check(await users.AddToRoleAsync(account, request.Role));
        Check(await users.AddClaimAsync(account, new System.Security.Claims.Claim(AppUser.MustChangePasswordClaim, "true")));
        return new CreatedAccount(account.Id, account.UserName, password);
    }

    internal static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new RequestValidationException(new Dictionary<string, string[]>
            { [nameof(CreateAccountCommand.UserName)] = result.Errors.Select(e => e.Description).ToArray() });
    }
}
