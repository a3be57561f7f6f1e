using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Ladder;
using SkillsLadder.Data;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Features.Pay;

/// <summary>
/// A worker's pay grade: the grade in force today, any grade already decided for a later date (a promotion reaches
/// pay from the next pay month), the dated history, and what the next level would pay under the same agreement.
/// </summary>
public sealed record GetWorkerPayQuery(int WorkerId) : IRequest<WorkerPay>;

public sealed record WorkerPay(int WorkerId, string FullName, PayGradeItem? Current, IReadOnlyList<PayGradeItem> Upcoming,
    IReadOnlyList<PayGradeItem> History, NextLevelPay? NextLevel);

public sealed record PayGradeItem(DateOnly EffectiveFrom, string AgreementTitle, string PostClassZh, string PostClassEn,
    int LevelRank, string LevelZh, string LevelEn, TalentTier Tier, long MonthlyFen, string Reason);

public sealed record NextLevelPay(int LevelRank, string LevelZh, string LevelEn, TalentTier Tier, long MonthlyFen, long RaiseFen);

public sealed class GetWorkerPayHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock, LadderReference ladder)
    : IRequestHandler<GetWorkerPayQuery, WorkerPay>
{
    public async Task<WorkerPay> Handle(GetWorkerPayQuery request, CancellationToken ct)
    {
        var worker = await db.Workers.AsNoTracking().Where(w => w.Id == request.WorkerId)
            .Select(w => new { w.Id, w.FullName, w.EnterpriseId }).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("Worker", request.WorkerId);
        user.EnsureCanReadWorker(worker.Id, worker.EnterpriseId);
        var today = clock.Today();

        var rows = await (from change in db.PayGradeChanges.AsNoTracking()
                          where change.WorkerId == worker.Id
                          join agreement in db.WageAgreements on change.AgreementId equals agreement.Id
                          join postClass in db.PostClasses on change.PostClassId equals postClass.Id
                          join level in db.SkillLevels on change.LevelRank equals level.Rank
                          orderby change.EffectiveFrom descending, change.Id descending
                          select new { change.PostClassId, agreement.DraftGridId, Item = new PayGradeItem(change.EffectiveFrom, agreement.Title,
                              postClass.NameZh, postClass.NameEn, change.LevelRank, level.NameZh, level.NameEn, change.Tier, change.MonthlyFen, change.Reason) })
            .ToListAsync(ct);
        var current = rows.FirstOrDefault(r => r.Item.EffectiveFrom <= today);
        var upcoming = rows.Where(r => r.Item.EffectiveFrom > today).Select(r => r.Item).Reverse().ToList();
        return new WorkerPay(worker.Id, worker.FullName, current?.Item, upcoming, rows.Select(r => r.Item).ToList(),
            current is null ? null : await NextLevelAsync(rows[0].DraftGridId!.Value, rows[0].PostClassId, rows[0].Item, today, ct));
    }

    /// <summary>The cell one level up in the same post class, with the tier that level would give (the policy decides).</summary>
    private async Task<NextLevelPay?> NextLevelAsync(int gridId, int postClassId, PayGradeItem latest, DateOnly today, CancellationToken ct)
    {
        var grid = await db.PayGrids.AsNoTracking().Include(g => g.Cells).SingleAsync(g => g.Id == gridId, ct);
        var reference = await ladder.GetAsync(db, ct);
        var next = reference.Levels.SingleOrDefault(l => l.Rank == latest.LevelRank + 1);
        if (next is null) return null;
        var policy = reference.PolicyInForce(today);
        var tier = policy.TierFor(next.Rank, latest.Tier == TalentTier.Craftsman);
        return grid.MonthlyPay(postClassId, next.Rank, tier) is { } pay
            ? new NextLevelPay(next.Rank, next.NameZh, next.NameEn, tier, pay, pay - latest.MonthlyFen) : null;
    }
}
