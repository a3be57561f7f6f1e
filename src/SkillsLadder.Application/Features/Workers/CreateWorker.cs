using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Features.Workers;

public sealed record CreateWorkerCommand : ICommand<int>, IWorkerProfileFields
{
    public string FullName { get; init; } = "";
    public string NationalIdNumber { get; init; } = "";
    public int EnterpriseId { get; init; }
    public int OccupationId { get; init; }
    public DateOnly? HireDate { get; init; }
    public bool IsUnionMember { get; init; }
    public Education Education { get; init; }
    /// <summary>The level held on joining, if any; it opens the worker's level history.</summary>
    public int? SkillLevelId { get; init; }
    public DateOnly? SkillLevelSince { get; init; }
}

public sealed class CreateWorkerValidator : AbstractValidator<CreateWorkerCommand>
{
    public CreateWorkerValidator(TimeProvider clock)
    {
        Include(new WorkerProfileValidator(clock));
        RuleFor(w => w.NationalIdNumber).Custom((id, context) =>
        {
            if (Domain.People.NationalIdNumber.Check(id) is { } error) context.AddFailure(error);
        });
        RuleFor(w => w.SkillLevelSince).NotNull().When(w => w.SkillLevelId is not null).WithMessage("请填写取得该等级的日期。");
        RuleFor(w => w.SkillLevelSince).Must(d => d <= clock.Today())
            .When(w => w.SkillLevelSince is not null).WithMessage("取得等级日期不能晚于今天。");
    }
}

public sealed class CreateWorkerHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<CreateWorkerCommand, int>
{
    public async Task<int> Handle(CreateWorkerCommand request, CancellationToken cancellationToken)
    {
        user.EnsureCanEditWorkersOf(request.EnterpriseId);
        var idNumber = Domain.People.NationalIdNumber.Normalise(request.NationalIdNumber);
        if (await db.Workers.AnyAsync(w => w.NationalIdNumber == idNumber, cancellationToken))
            throw RequestValidationException.For(nameof(request.NationalIdNumber), "该身份证号码已登记在职工名录中。");
        await WorkerChecks.EnsureReferencesAsync(db, request, cancellationToken);
        var level = request.SkillLevelId is { } levelId
            ? await db.SkillLevels.SingleOrDefaultAsync(l => l.Id == levelId, cancellationToken)
              ?? throw RequestValidationException.For(nameof(request.SkillLevelId), "所选技能等级不存在。")
            : null;

        var worker = WorkerChecks.AsFieldErrors(() => new Worker(request.FullName, idNumber, request.EnterpriseId,
            request.OccupationId, request.HireDate!.Value, request.IsUnionMember));
        worker.RecordEducation(request.Education);
        if (level is not null) worker.ChangeLevel(level, request.SkillLevelSince!.Value, LevelChangeReason.Initial);
        db.Workers.Add(worker);
        await db.SaveChangesAsync(cancellationToken);
        return worker.Id;
    }
}
