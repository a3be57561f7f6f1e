using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Honours;

namespace SkillsLadder.Application.Features.Honours;

/// <summary>
/// Records a holiday on a weekday (<see cref="IsWorkingDay"/> false) or a weekend made a working day (true, 调休), as
/// the State Council publishes them. A day that already follows the usual rule is refused: it would change nothing.
/// </summary>
public sealed record AddCalendarDayCommand : ICommand<DateOnly>
{
    public DateOnly? Date { get; init; }
    public bool IsWorkingDay { get; init; }
    public string Name { get; init; } = "";
}

public sealed class AddCalendarDayValidator : AbstractValidator<AddCalendarDayCommand>
{
    public AddCalendarDayValidator()
    {
        RuleFor(c => c.Date).NotNull().WithMessage("请选择日期。");
        RuleFor(c => c.Name).NotEmpty().WithMessage("请填写名称，例如“国庆节”或“国庆调休上班”。")
            .MaximumLength(CalendarDay.NameMaxLength).WithMessage($"名称最多 {CalendarDay.NameMaxLength} 个字。");
        RuleFor(c => c.Date).Must((c, date) => IsWeekend(date!.Value) == c.IsWorkingDay).When(c => c.Date is not null)
            .WithMessage(c => c.IsWorkingDay ? "调休上班日应是周六或周日；工作日本来就要上班。" : "节假日应是周一至周五；周末本来就休息。");
    }

    private static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}

public sealed class AddCalendarDayHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<AddCalendarDayCommand, DateOnly>
{
    public async Task<DateOnly> Handle(AddCalendarDayCommand request, CancellationToken cancellationToken)
    {
        if (!user.IsAdmin()) throw new ForbiddenException("只有管理员可以维护工作日历。");
        var date = request.Date!.Value;
        if (await db.CalendarDays.AnyAsync(d => d.Date == date, cancellationToken))
            throw RequestValidationException.For(nameof(request.Date), $"{date:yyyy-MM-dd} 已在日历中；如需更改，请先删除。");
        db.CalendarDays.Add(new CalendarDay(date, request.IsWorkingDay, request.Name));
        await db.SaveChangesAsync(cancellationToken);
        return date;
    }
}
