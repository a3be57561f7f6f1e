using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Features.Bargaining;

/// <summary>A dated step of the agreement after the vote: signing by both chief representatives, or filing.</summary>
public interface IAgreementStep
{
    int AgreementId { get; }
    int? Version { get; }
    DateOnly? On { get; }
}

public sealed class AgreementStepValidator : AbstractValidator<IAgreementStep>
{
    public AgreementStepValidator(TimeProvider clock) =>
        RuleFor(c => c.On).NotNull().WithMessage("请填写日期。").Must(d => d <= clock.Today()).WithMessage("日期不能晚于今天。");
}

/// <summary>Both chief representatives sign the approved agreement; either party records it.</summary>
public sealed record SignAgreementCommand(int AgreementId, DateOnly? On, int? Version = null) : ICommand<int>, IAgreementStep;

public sealed class SignAgreementValidator : AbstractValidator<SignAgreementCommand>
{
    public SignAgreementValidator(TimeProvider clock) => Include(new AgreementStepValidator(clock));
}

public sealed class SignAgreementHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<SignAgreementCommand, int>
{
    public async Task<int> Handle(SignAgreementCommand request, CancellationToken cancellationToken)
    {
        var agreement = await db.AgreementAsync(user, request.AgreementId, cancellationToken);
        user.EnsureParty(agreement);
        db.ExpectVersion(agreement, request.Version);
        agreement.Sign(request.On!.Value);
        return agreement.Id;
    }
}

/// <summary>The employer sends the signed agreement to the 人社部门 (within 10 days by default).</summary>
public sealed record FileAgreementCommand(int AgreementId, DateOnly? On, int? Version = null) : ICommand<int>, IAgreementStep;

public sealed class FileAgreementValidator : AbstractValidator<FileAgreementCommand>
{
    public FileAgreementValidator(TimeProvider clock) => Include(new AgreementStepValidator(clock));
}

public sealed class FileAgreementHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<FileAgreementCommand, int>
{
    public async Task<int> Handle(FileAgreementCommand request, CancellationToken cancellationToken)
    {
        var agreement = await db.AgreementAsync(user, request.AgreementId, cancellationToken);
        user.EnsureActs(BargainingSide.Employer, agreement.EnterpriseId);
        db.ExpectVersion(agreement, request.Version);
        agreement.File(request.On!.Value);
        return agreement.Id;
    }
}
