using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Honours;
using SkillsLadder.Data;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Training;

/// <summary>
/// Enrols a worker in a programme: the worker themself (WorkerId empty), or enterprise HR (and the managers) for a
/// worker of the enterprise. The programme decides whether there is room and time (<see cref="TrainingProgramme.EnsureCanEnrol"/>);
/// a second enrolment of the same worker is a 409 that says so, whatever state the first one is in.
/// </summary>
public sealed record EnrolInTrainingCommand(int ProgrammeId, int? WorkerId) : ICommand<int>;

public sealed class EnrolInTrainingHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<EnrolInTrainingCommand, int>
{
    public async Task<int> Handle(EnrolInTrainingCommand request, CancellationToken cancellationToken)
    {
        var workerId = request.WorkerId ?? user.WorkerId
            ?? throw RequestValidationException.For(nameof(request.WorkerId), "请选择报名的职工。");
        var worker = await db.Workers.Where(w => w.Id == workerId).Select(w => new { w.Id, w.FullName, w.EnterpriseId })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Worker", workerId);
        var self = user.WorkerId == worker.Id;
        if (!self && !user.IsTrainingManager() && !(user.IsEnterpriseHr() && user.EnterpriseId == worker.EnterpriseId))
            throw new ForbiddenException("您只能为本人或本企业的职工报名。");

        var programme = await db.ProgrammeAsync(request.ProgrammeId, tracked: true, cancellationToken);
        var previous = await db.TrainingEnrolments.Where(e => e.ProgrammeId == programme.Id && e.WorkerId == worker.Id)
            .Select(e => (EnrolmentStatus?)e.Status).FirstOrDefaultAsync(cancellationToken);
        if (previous is { } status)
            throw new ConflictException("training.duplicate", status == EnrolmentStatus.Withdrawn
                ? $"{worker.FullName}已退出该培训项目，不能再次报名。"
                : $"{worker.FullName}已报名该培训项目（{TrainingAccess.StatusZh(status)}）。");
        var enrolled = await db.TrainingEnrolments.CountAsync(e => e.ProgrammeId == programme.Id && e.Status != EnrolmentStatus.Withdrawn, cancellationToken);
        programme.EnsureCanEnrol(enrolled, clock.Today());

        var enrolment = new TrainingEnrolment(programme.Id, worker.Id, self ? EnrolmentChannel.Worker : EnrolmentChannel.Enterprise,
            user.UserName ?? "?", clock.GetUtcNow().UtcDateTime);
        db.TrainingEnrolments.Add(enrolment);
        // Touching the programme bumps its version: two enrolments racing for the last place cannot both commit.
        db.Entry(programme).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);
        return enrolment.Id;
    }
}
