using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Training;

/// <summary>
/// Records a trainee's assessment: pass or fail, an optional score (exact hundredths) and the date (today when empty).
/// A pass with enough attendance completes the enrolment and issues the certificate number, the next serial of the
/// programme; otherwise the enrolment fails with the reason (<see cref="TrainingEnrolment.RecordResult"/>).
/// </summary>
public sealed record RecordTrainingResultCommand : ICommand<int>
{
    public int EnrolmentId { get; init; }
    public bool? Passed { get; init; }
    public string? Score { get; init; }
    public DateOnly? On { get; init; }
    public int? Version { get; init; }
}

public sealed class RecordTrainingResultValidator : AbstractValidator<RecordTrainingResultCommand>
{
    public RecordTrainingResultValidator()
    {
        RuleFor(c => c.Passed).NotNull().WithMessage("请选择考核结果（通过或未通过）。");
        RuleFor(c => c.Score).Must(s => string.IsNullOrWhiteSpace(s) || Mark.TryParse(s, out var m) && m.Hundredths <= 100_000)
            .WithMessage("成绩应为不小于 0 的数字，最多两位小数。");
        RuleFor(c => c.Version).NotNull().WithMessage("缺少版本号，请刷新页面后重试。");
    }
}

public sealed class RecordTrainingResultHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<RecordTrainingResultCommand, int>
{
    public async Task<int> Handle(RecordTrainingResultCommand request, CancellationToken cancellationToken)
    {
        user.EnsureTrainingManager();
        var (enrolment, _) = await db.EnrolmentAsync(request.EnrolmentId, cancellationToken);
        db.Entry(enrolment).Property(e => e.Version).OriginalValue = request.Version!.Value;
        var programme = await db.ProgrammeAsync(enrolment.ProgrammeId, tracked: false, cancellationToken);
        var on = request.On ?? clock.Today();
        if (on > clock.Today()) throw RequestValidationException.For(nameof(request.On), "考核日期不能晚于今天。");
        Mark? score = Mark.TryParse(request.Score, out var mark) ? mark : null;
        // Serials count the programme's certificates so far; the unique index turns a race into a 409.
        var serial = await db.TrainingEnrolments.CountAsync(e => e.ProgrammeId == programme.Id && e.CertificateNumber != null, cancellationToken) + 1;
        enrolment.RecordResult(programme, request.Passed!.Value, score, on, serial);
        await db.SaveChangesAsync(cancellationToken);
        return enrolment.Id;
    }
}
