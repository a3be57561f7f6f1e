using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Domain.Training;

public enum EnrolmentChannel
{
    /// <summary>The worker enrolled themself.</summary>
    Worker = 1,
    /// <summary>The enterprise enrolled its worker.</summary>
    Enterprise = 2,
}

public enum EnrolmentStatus
{
    Enrolled = 1,
    Withdrawn = 2,
    /// <summary>Attended enough and passed: the completion certificate is issued and the hours count.</summary>
    Completed = 3,
    Failed = 4,
}

/// <summary>
/// One worker in one programme: attendance by day, the assessment result, and the completion certificate. A pass
/// completes only with at least 80% of the hours attended; otherwise the result is kept and the enrolment fails with
/// the reason, so nobody gets hours for a course they did not sit.
/// </summary>
public sealed class TrainingEnrolment : IVersioned
{
    public const int MaxHoursPerDay = 12;
    private readonly List<AttendanceDay> _attendance = [];
    private TrainingEnrolment() { }

    public TrainingEnrolment(int programmeId, int workerId, EnrolmentChannel channel, string by, DateTime at) =>
        (ProgrammeId, WorkerId, Channel, EnrolledBy, EnrolledAt, Status) = (programmeId, workerId, channel, by, at, EnrolmentStatus.Enrolled);

    public int Id { get; private set; }
    public int ProgrammeId { get; private set; }
    public int WorkerId { get; private set; }
    public EnrolmentChannel Channel { get; private set; }
    public string EnrolledBy { get; private set; } = null!;
    public DateTime EnrolledAt { get; private set; }
    public EnrolmentStatus Status { get; private set; }
    public bool? Passed { get; private set; }
    /// <summary>The assessment score, exact hundredths, when the programme scores (null for pass/fail only).</summary>
    public int? Score { get; private set; }
    public DateOnly? ResultOn { get; private set; }
    public string? FailureReason { get; private set; }
    public string? CertificateNumber { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyCollection<AttendanceDay> Attendance => _attendance;

    /// <summary>Attended hours in tenths of an hour (4.5 h is 45), so half hours add exactly.</summary>
    public int AttendedTenths => _attendance.Sum(a => a.Tenths);

    /// <summary>Records (or corrects) one day's attendance in tenths of an hour; a day inside the programme's dates.</summary>
    public void RecordAttendance(TrainingProgramme programme, DateOnly day, int tenths)
    {
        EnsureEnrolled();
        if (day < programme.StartsOn || day > programme.EndsOn)
            throw new DomainException("training.attendance_day", $"考勤日期应在 {programme.StartsOn:yyyy-MM-dd} 至 {programme.EndsOn:yyyy-MM-dd} 之间。", "Day");
        if (tenths < 0 || tenths > MaxHoursPerDay * 10)
            throw new DomainException("training.attendance_hours", $"每天学时应在 0–{MaxHoursPerDay} 之间。", "Hours");
        var existing = _attendance.SingleOrDefault(a => a.Day == day);
        if (existing is null) _attendance.Add(new AttendanceDay(day, tenths));
        else existing.Tenths = tenths;
        if (AttendedTenths > programme.Hours * 10)
            throw new DomainException("training.attendance_total", $"累计学时不能超过项目的 {programme.Hours} 学时。", "Hours");
    }

    /// <summary>The assessment: a pass with enough attendance completes and issues the certificate number.</summary>
    public void RecordResult(TrainingProgramme programme, bool passed, Mark? score, DateOnly on, int certificateSerial)
    {
        EnsureEnrolled();
        if (on < programme.StartsOn) throw new DomainException("training.result_date", "考核日期不能早于开班日期。", "On");
        (Passed, Score, ResultOn) = (passed, score?.Hundredths, on);
        if (!passed) (Status, FailureReason) = (EnrolmentStatus.Failed, "考核未通过");
        else if (AttendedTenths < programme.RequiredAttendanceHours * 10)
            (Status, FailureReason) = (EnrolmentStatus.Failed, $"出勤 {AttendedTenths / 10m:0.#} 学时，不足要求的 {programme.RequiredAttendanceHours} 学时");
        else (Status, CertificateNumber) = (EnrolmentStatus.Completed, $"PX{on.Year}{programme.Id:D5}{certificateSerial:D4}");
    }

    public void Withdraw()
    {
        EnsureEnrolled();
        Status = EnrolmentStatus.Withdrawn;
    }

    private void EnsureEnrolled()
    {
        if (Status != EnrolmentStatus.Enrolled) throw new DomainException("training.not_enrolled", "该学员已结业、退出或考核未通过。");
    }
}

public sealed class AttendanceDay
{
    private AttendanceDay() { }
    internal AttendanceDay(DateOnly day, int tenths) => (Day, Tenths) = (day, tenths);
    public int EnrolmentId { get; private set; }
    public DateOnly Day { get; private set; }
    public int Tenths { get; internal set; }
}
