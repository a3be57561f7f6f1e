using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Training;

/// <summary>
/// The attendance roster of a programme for its managers: each enrolled worker (and those already assessed, read
/// only) by each day of the programme, hours as typed ("4", "3.5"; empty where nothing is recorded).
/// </summary>
public sealed record GetTrainingRosterQuery(int ProgrammeId) : IRequest<TrainingRoster>;

public sealed record TrainingRoster(int ProgrammeId, string Title, int Hours, int RequiredAttendanceHours, IReadOnlyList<DateOnly> Days,
    IReadOnlyList<RosterRow> Rows);

public sealed record RosterRow(int EnrolmentId, string WorkerName, EnrolmentStatus Status, bool Editable, decimal AttendedHours,
    IReadOnlyDictionary<DateOnly, string> Hours);

public sealed class GetTrainingRosterHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<GetTrainingRosterQuery, TrainingRoster>
{
    /// <summary>A roster wider than this many days is not a class: longer programmes list their first days only.</summary>
    public const int MaxDays = 62;

    public async Task<TrainingRoster> Handle(GetTrainingRosterQuery request, CancellationToken cancellationToken)
    {
        user.EnsureTrainingManager();
        var p = await db.ProgrammeAsync(request.ProgrammeId, tracked: false, cancellationToken);
        var days = Enumerable.Range(0, Math.Min(MaxDays, p.EndsOn.DayNumber - p.StartsOn.DayNumber + 1)).Select(p.StartsOn.AddDays).ToList();
        var enrolments = await db.TrainingEnrolments.AsNoTracking().Include(e => e.Attendance)
            .Where(e => e.ProgrammeId == p.Id && e.Status != EnrolmentStatus.Withdrawn).ToListAsync(cancellationToken);
        var ids = enrolments.Select(e => e.WorkerId).ToList();
        var names = await db.Workers.Where(w => ids.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.FullName, cancellationToken);
        var rows = enrolments.OrderBy(e => names[e.WorkerId]).ThenBy(e => e.Id)
            .Select(e => new RosterRow(e.Id, names[e.WorkerId], e.Status, e.Status == EnrolmentStatus.Enrolled, e.AttendedTenths / 10m,
                e.Attendance.ToDictionary(a => a.Day, a => RosterHours.Format(a.Tenths))))
            .ToList();
        return new TrainingRoster(p.Id, p.Title, p.Hours, p.RequiredAttendanceHours, days, rows);
    }
}

/// <summary>Hours as people type them, kept in tenths: at most one decimal, never rounded.</summary>
public static class RosterHours
{
    public static string Format(int tenths) => (tenths / 10m).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out int tenths)
    {
        tenths = 0;
        if (!decimal.TryParse(text?.Trim(), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture,
                out var hours)) return false;
        var scaled = hours * 10;
        if (scaled != decimal.Truncate(scaled) || scaled > 10_000) return false;
        tenths = (int)scaled;
        return true;
    }
}
