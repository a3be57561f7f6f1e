using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Training;

/// <summary>
/// Saves the cells of a roster. Every cell is checked first, and any refusal names the worker and the day; one bad
/// cell refuses the whole sheet, so a roster is never half-saved. An emptied cell that had hours records 0.
/// </summary>
public sealed record SaveTrainingRosterCommand(int ProgrammeId, IReadOnlyList<RosterCell> Cells) : ICommand<int>;

public sealed record RosterCell(int EnrolmentId, DateOnly Day, string? Hours);

public sealed class SaveTrainingRosterValidator : AbstractValidator<SaveTrainingRosterCommand>
{
    public SaveTrainingRosterValidator() =>
        RuleFor(c => c.Cells).NotNull().Must(c => c.Count <= 20_000).WithMessage("一次最多保存 20000 个考勤格。");
}

public sealed class SaveTrainingRosterHandler(SkillsLadderDbContext db, ICurrentUser user)
    : MediatR.IRequestHandler<SaveTrainingRosterCommand, int>
{
    public async Task<int> Handle(SaveTrainingRosterCommand request, CancellationToken cancellationToken)
    {
        user.EnsureTrainingManager();
        var programme = await db.ProgrammeAsync(request.ProgrammeId, tracked: false, cancellationToken);
        var enrolments = await db.TrainingEnrolments.Include(e => e.Attendance).Where(e => e.ProgrammeId == programme.Id)
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        var ids = enrolments.Values.Select(e => e.WorkerId).ToList();
        var names = await db.Workers.Where(w => ids.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.FullName, cancellationToken);

        var errors = new List<string>();
        var changed = 0;
        foreach (var cell in request.Cells)
        {
            if (!enrolments.TryGetValue(cell.EnrolmentId, out var enrolment))
            {
                errors.Add($"报名 {cell.EnrolmentId} 不属于该培训项目。");
                continue;
            }
            var who = $"{names[enrolment.WorkerId]} {cell.Day:yyyy-MM-dd}";
            var had = enrolment.Attendance.FirstOrDefault(a => a.Day == cell.Day)?.Tenths;
            int tenths;
            if (string.IsNullOrWhiteSpace(cell.Hours))
            {
                if (had is null or 0) continue;
                tenths = 0;
            }
            else if (!RosterHours.TryParse(cell.Hours, out tenths))
            {
                errors.Add($"{who}：学时“{cell.Hours}”无效，应为数字，最多一位小数。");
                continue;
            }
            if (had == tenths) continue;
            try
            {
                enrolment.RecordAttendance(programme, cell.Day, tenths);
                // The enrolment's version moves with its attendance: a result typed against older hours is refused.
                db.Entry(enrolment).State = EntityState.Modified;
                changed++;
            }
            catch (DomainException e)
            {
                errors.Add($"{who}：{e.Message}");
            }
        }
        // Nothing is saved unless every cell is good: the tracked changes are dropped with the request.
        if (errors.Count > 0)
            throw new RequestValidationException(new Dictionary<string, string[]> { [nameof(request.Cells)] = errors.Distinct().ToArray() });
        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }
}
