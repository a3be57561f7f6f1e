using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Training;

/// <summary>
/// The completion certificate (结业证书) of a completed enrolment, for its holder, their enterprise HR and the managers.
/// An enrolment not (yet) completed has no certificate: 404.
/// </summary>
public sealed record GetTrainingCertificateQuery(int EnrolmentId) : IRequest<TrainingCertificate>;

public sealed record TrainingCertificate(int EnrolmentId, string CertificateNumber, string WorkerName, string EnterpriseName,
    string ProgrammeTitle, string Provider, int Hours, decimal AttendedHours, DateOnly StartsOn, DateOnly EndsOn, DateOnly CompletedOn,
    int? Score, bool Approved);

public sealed class GetTrainingCertificateHandler(SkillsLadderDbContext db, ICurrentUser user)
    : IRequestHandler<GetTrainingCertificateQuery, TrainingCertificate>
{
    public async Task<TrainingCertificate> Handle(GetTrainingCertificateQuery request, CancellationToken cancellationToken)
    {
        var row = await (from e in db.TrainingEnrolments.AsNoTracking()
                         where e.Id == request.EnrolmentId
                         join p in db.TrainingProgrammes on e.ProgrammeId equals p.Id
                         join w in db.Workers on e.WorkerId equals w.Id
                         join x in db.Enterprises on w.EnterpriseId equals x.Id
                         select new
                         {
                             e.Id, e.WorkerId, w.EnterpriseId, e.Status, e.CertificateNumber, w.FullName, Enterprise = x.Name, p.Title,
                             p.Provider, p.Hours, p.StartsOn, p.EndsOn, e.ResultOn, e.Score, p.IsApproved,
                             Tenths = e.Attendance.Sum(a => (int?)a.Tenths) ?? 0,
                         }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("培训报名", request.EnrolmentId);
        if (!user.MayActFor(row.WorkerId, row.EnterpriseId)) throw new ForbiddenException("您无权查看该结业证书。");
        if (row.Status != EnrolmentStatus.Completed) throw new NotFoundException("结业证书", request.EnrolmentId);
        return new TrainingCertificate(row.Id, row.CertificateNumber!, row.FullName, row.Enterprise, row.Title, row.Provider, row.Hours,
            row.Tenths / 10m, row.StartsOn, row.EndsOn, row.ResultOn!.Value, row.Score, row.IsApproved);
    }
}
