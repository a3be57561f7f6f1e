using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Honours;

namespace SkillsLadder.Application.Features.Honours;

/// <summary>
/// Assigns a federation reviewer to a nomination, refused on a conflict of interest found in the directory as in
/// judging (<see cref="ConflictDetector"/>): same enterprise as the nominee, or the same family name (possible kin).
/// The reviewer is the worker their account belongs to where linked, else the account's name and enterprise.
/// </summary>
public sealed record AssignReviewerCommand(int NominationId, int ReviewerUserId) : ICommand<int>;

public sealed class AssignReviewerHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock) : MediatR.IRequestHandler<AssignReviewerCommand, int>
{
    public async Task<int> Handle(AssignReviewerCommand request, CancellationToken ct)
    {
        user.EnsureFederationReviewer();
        var nomination = await db.NominationAsync(request.NominationId, ct);
        var reviewer = await db.FederationReviewers().AsNoTracking().SingleOrDefaultAsync(u => u.Id == request.ReviewerUserId, ct)
            ?? throw RequestValidationException.For(nameof(request.ReviewerUserId), "请选择一名总工会审核人员。");
        var person = reviewer.WorkerId is { } workerId
            ? await db.Workers.Where(w => w.Id == workerId).Select(w => new PersonForConflicts(w.FullName, w.EnterpriseId)).SingleAsync(ct)
            : new PersonForConflicts(string.IsNullOrWhiteSpace(reviewer.DisplayName) ? reviewer.UserName! : reviewer.DisplayName, reviewer.EnterpriseId);
        var nominee = await db.Workers.Where(w => w.Id == nomination.WorkerId).Select(w => new PersonForConflicts(w.FullName, w.EnterpriseId)).SingleAsync(ct);
        var conflicts = ConflictDetector.Detect(person, [nominee]);
        if (conflicts.Count > 0)
            throw new ConflictException("nomination.conflict_of_interest", $"{person.FullName}与被推荐人{nominee.FullName}存在利益冲突（"
                + string.Join("、", conflicts.Select(k => k == ConflictKind.SameEnterprise ? "同一企业" : "同姓，可能是亲属")) + "），应当回避，请另选审核人。");
        var name = string.IsNullOrWhiteSpace(reviewer.DisplayName) ? reviewer.UserName! : reviewer.DisplayName;
        nomination.Assign(reviewer.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), name, await db.SignatureAsync(user, ct), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return nomination.Id;
    }
}
