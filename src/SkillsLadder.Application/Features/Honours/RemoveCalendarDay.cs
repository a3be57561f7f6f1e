using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Honours;

/// <summary>
/// Removes an exception day, so the date follows the Monday–Friday rule again. Notices already running keep the
/// window they were given when approved.
/// </summary>
public sealed record RemoveCalendarDayCommand(DateOnly Date) : ICommand<DateOnly>;

public sealed class RemoveCalendarDayHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<RemoveCalendarDayCommand, DateOnly>
{
    public async Task<DateOnly> Handle(RemoveCalendarDayCommand request, CancellationToken cancellationToken)
    {
        if (!user.IsAdmin()) throw new ForbiddenException("只有管理员可以维护工作日历。");
        var day = await db.CalendarDays.SingleOrDefaultAsync(d => d.Date == request.Date, cancellationToken)
            ?? throw new NotFoundException("CalendarDay", request.Date);
        db.CalendarDays.Remove(day);
        await db.SaveChangesAsync(cancellationToken);
        return request.Date;
    }
}
