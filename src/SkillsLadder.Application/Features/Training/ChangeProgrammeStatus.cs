using FluentValidation;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Training;

public enum ProgrammeAction
{
    /// <summary>Stop taking enrolments (the class starts); attendance and results go on.</summary>
    CloseEnrolment = 1,
    Cancel = 2,
}

/// <summary>Closes enrolment or cancels a programme, with the Version read so two managers do not cross.</summary>
public sealed record ChangeProgrammeStatusCommand(int ProgrammeId, ProgrammeAction? Action, int? Version) : ICommand<int>;

public sealed class ChangeProgrammeStatusValidator : AbstractValidator<ChangeProgrammeStatusCommand>
{
    public ChangeProgrammeStatusValidator()
    {
        RuleFor(c => c.Action).NotNull().IsInEnum().WithMessage("操作无效。");
        RuleFor(c => c.Version).NotNull().WithMessage("缺少版本号，请刷新页面后重试。");
    }
}

public sealed class ChangeProgrammeStatusHandler(SkillsLadderDbContext db, ICurrentUser user)
    : MediatR.IRequestHandler<ChangeProgrammeStatusCommand, int>
{
    public async Task<int> Handle(ChangeProgrammeStatusCommand request, CancellationToken cancellationToken)
    {
        user.EnsureTrainingManager();
        var programme = await db.ProgrammeAsync(request.ProgrammeId, tracked: true, cancellationToken);
        db.Entry(programme).Property(p => p.Version).OriginalValue = request.Version!.Value;
        if (request.Action == ProgrammeAction.Cancel) programme.Cancel();
        else programme.CloseEnrolment();
        await db.SaveChangesAsync(cancellationToken);
        return programme.Id;
    }
}
