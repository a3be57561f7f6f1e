using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Honours;

/// <summary>A year's exceptions to the Monday–Friday rule: holidays on weekdays and weekend make-up working days (调休).</summary>
public sealed record ListCalendarDaysQuery(int Year) : IRequest<IReadOnlyList<CalendarDayDto>>;

public sealed record CalendarDayDto(DateOnly Date, bool IsWorkingDay, string Name);

public sealed class ListCalendarDaysHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<ListCalendarDaysQuery, IReadOnlyList<CalendarDayDto>>
{
    public async Task<IReadOnlyList<CalendarDayDto>> Handle(ListCalendarDaysQuery request, CancellationToken cancellationToken)
    {
        if (!user.IsAdmin()) throw new ForbiddenException("只有管理员可以维护工作日历。");
        var (from, to) = (new DateOnly(Math.Clamp(request.Year, 2000, 2100), 1, 1), new DateOnly(Math.Clamp(request.Year, 2000, 2100), 12, 31));
        return await db.CalendarDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date)
            .Select(d => new CalendarDayDto(d.Date, d.IsWorkingDay, d.Name)).ToListAsync(cancellationToken);
    }
}
