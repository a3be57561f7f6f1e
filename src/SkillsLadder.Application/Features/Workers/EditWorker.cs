using FluentValidation;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Features.Workers;

/// <summary>
/// Edits the profile. The ID number is the person's identity and is not edited here:
/// a wrong number means a wrong person record, which an admin corrects.
/// </summary>
public sealed record EditWorkerCommand : ICommand<int>, IWorkerProfileFields
{
    public int Id { get; init; }
    public int Version { get; init; }
    public string FullName { get; init; } = "";
    public int EnterpriseId { get; init; }
    public int OccupationId { get; init; }
    public DateOnly? HireDate { get; init; }
    public bool IsUnionMember { get; init; }
    public Education Education { get; init; }
}

public sealed class EditWorkerValidator : AbstractValidator<EditWorkerCommand>
{
    public EditWorkerValidator(TimeProvider clock) => Include(new WorkerProfileValidator(clock));
}

public sealed class EditWorkerHandler(SkillsLadderDbContext db, ICurrentUser user) : MediatR.IRequestHandler<EditWorkerCommand, int>
{
    public async Task<int> Handle(EditWorkerCommand request, CancellationToken cancellationToken)
    {
        var worker = await db.Workers.SingleOrDefaultAsync(w => w.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("Worker", request.Id);
        user.EnsureCanEditWorkersOf(worker.EnterpriseId);
        user.EnsureCanEditWorkersOf(request.EnterpriseId); // HR cannot move a worker out of their reach
        await WorkerChecks.EnsureReferencesAsync(db, request, cancellationToken);
        db.Entry(worker).Property(w => w.Version).OriginalValue = request.Version;
        WorkerChecks.AsFieldErrors(() =>
        {
            worker.UpdateProfile(request.FullName, request.EnterpriseId, request.OccupationId, request.HireDate!.Value, request.IsUnionMember);
            worker.RecordEducation(request.Education);
            return worker.Id;
        });
        return worker.Id;
    }
}
