using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Honours;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Features.Honours;

/// <summary>What a nomination is for, in words, and the two calendar facts review needs: the notice window and the worker's message.</summary>
public static class NominationOutcomes
{
    public static async Task<string> SubjectAsync(this SkillsLadderDbContext db, Nomination nomination, CancellationToken ct) =>
        nomination.Kind != NominationKind.Promotion
            ? $"“{await db.HonourTypes.Where(h => h.Id == nomination.HonourTypeId).Select(h => h.Name).SingleAsync(ct)}”称号"
            : $"晋升为{await db.SkillLevels.Where(l => l.Id == nomination.TargetLevelId).Select(l => l.NameZh).SingleAsync(ct)}";

    /// <summary>Tells the worker how their nomination ended (conferred or not, and why).</summary>
    public static async Task TellWorkerAsync(this SkillsLadderDbContext db, Nomination nomination, DateTime now, CancellationToken ct)
    {
        var subject = await db.SubjectAsync(nomination, ct);
        // A leader stands for the unit: the message names the unit, whose title it is.
        var whose = nomination.CollectiveName is { } unit ? $"您负责的“{unit}”的" : "您的";
        var text = nomination.Status == NominationStatus.Conferred
            ? $"对{whose}{subject}推荐已于 {nomination.ConferredOn:yyyy-MM-dd} 正式授予。"
            : $"对{whose}{subject}推荐未获通过：{nomination.Outcome}";
        db.WorkerMessages.Add(new WorkerMessage(nomination.WorkerId, WorkerMessageKind.NominationOutcome,
            text.Length > WorkerMessage.TextMaxLength ? text[..(WorkerMessage.TextMaxLength - 1)] + "…" : text, now));
    }

    /// <summary>
    /// The notice starts on the next working day after <paramref name="approvedOn"/> (the local date) and lasts
    /// <paramref name="workingDays"/> working days by the admins' calendar of holidays and make-up days.
    /// </summary>
    public static async Task<NoticeWindow> NoticeWindowAsync(this SkillsLadderDbContext db, DateOnly approvedOn, int workingDays, CancellationToken ct)
    {
        // Generous horizon: 30 working days plus the longest holiday runs fit well inside 120 calendar days.
        var until = approvedOn.AddDays(120);
        var calendar = new WorkingCalendar(await db.CalendarDays.AsNoTracking().Where(d => d.Date > approvedOn && d.Date <= until).ToListAsync(ct));
        var start = calendar.NextWorkingDay(approvedOn.AddDays(1));
        return new NoticeWindow(start, calendar.EndOfPeriod(start, workingDays));
    }
}
