using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Honours;
using SkillsLadder.Data;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Training;

/// <summary>
/// One programme with the enrolments the reader may see (<see cref="TrainingAccess.VisibleTo"/>) and what they may do
/// now: managers run it, a worker enrols themself, enterprise HR enrols its workers.
/// </summary>
public sealed record GetTrainingProgrammeQuery(int Id) : IRequest<TrainingProgrammeDetails>;

public sealed record TrainingProgrammeDetails(int Id, string Title, int? OccupationId, string? OccupationName, TalentTier? TargetTier,
    string Provider, int Hours, int RequiredAttendanceHours, string Assessment, int Capacity, int Enrolled, DateOnly StartsOn, DateOnly EndsOn,
    long CostFen, long SubsidyFen, bool IsApproved, ProgrammeStatus Status, int Version, IReadOnlyList<TrainingEnrolmentRow> Enrolments,
    TrainingMay May);

public sealed record TrainingEnrolmentRow(int Id, int WorkerId, string WorkerName, string EnterpriseName, EnrolmentStatus Status,
    EnrolmentChannel Channel, decimal AttendedHours, bool? Passed, int? Score, DateOnly? ResultOn, string? FailureReason,
    string? CertificateNumber, int Version);

/// <summary>What the reader may do: manage (edit, roster, results), enrol themself, enrol others (HR), and their own enrolment.</summary>
public sealed record TrainingMay(bool Manage, bool EnrolSelf, bool EnrolOthers, int? MyEnrolmentId);

public sealed class GetTrainingProgrammeHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<GetTrainingProgrammeQuery, TrainingProgrammeDetails>
{
    public async Task<TrainingProgrammeDetails> Handle(GetTrainingProgrammeQuery request, CancellationToken cancellationToken)
    {
        var p = await db.ProgrammeAsync(request.Id, tracked: false, cancellationToken);
        var occupation = await db.Occupations.Where(o => o.Id == p.OccupationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        var enrolled = await db.TrainingEnrolments.CountAsync(e => e.ProgrammeId == p.Id && e.Status != EnrolmentStatus.Withdrawn, cancellationToken);
        var rows = await (from e in db.TrainingEnrolments.AsNoTracking().VisibleTo(user, db)
                          where e.ProgrammeId == p.Id
                          join w in db.Workers on e.WorkerId equals w.Id
                          join x in db.Enterprises on w.EnterpriseId equals x.Id
                          orderby x.Name, w.FullName, e.Id
                          select new
                          {
                              e.Id, e.WorkerId, w.FullName, Enterprise = x.Name, e.Status, e.Channel, e.Passed, e.Score, e.ResultOn,
                              e.FailureReason, e.CertificateNumber, e.Version, Tenths = e.Attendance.Sum(a => (int?)a.Tenths) ?? 0,
                          }).ToListAsync(cancellationToken);
        var enrolments = rows.Select(r => new TrainingEnrolmentRow(r.Id, r.WorkerId, r.FullName, r.Enterprise, r.Status, r.Channel,
            r.Tenths / 10m, r.Passed, r.Score, r.ResultOn, r.FailureReason, r.CertificateNumber, r.Version)).ToList();

        var open = p.Status == ProgrammeStatus.Open && clock.Today() < p.StartsOn && enrolled < p.Capacity;
        var mine = enrolments.FirstOrDefault(e => e.WorkerId == user.WorkerId && e.Status != EnrolmentStatus.Withdrawn);
        var may = new TrainingMay(user.IsTrainingManager(), open && user.WorkerId is not null && mine is null,
            open && (user.IsEnterpriseHr() || user.IsTrainingManager()), mine?.Id);
        return new TrainingProgrammeDetails(p.Id, p.Title, p.OccupationId, occupation, p.TargetTier, p.Provider, p.Hours,
            p.RequiredAttendanceHours, p.Assessment, p.Capacity, enrolled, p.StartsOn, p.EndsOn, p.CostFen, p.SubsidyFen, p.IsApproved,
            p.Status, p.Version, enrolments, may);
    }
}
