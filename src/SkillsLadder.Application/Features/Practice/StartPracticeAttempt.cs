using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Practice;

/// <summary>
/// The signed-in worker starts a round: an attempt with the questions drawn for them (the same draw on every retry)
/// and a deadline. Starting again returns the same attempt, so a reloaded page or a retried request is harmless;
/// the clock is not reset by it.
/// </summary>
public sealed record StartPracticeAttemptCommand(int RoundId) : ICommand<PracticeAttemptView>;

public sealed class StartPracticeAttemptHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<StartPracticeAttemptCommand, PracticeAttemptView>
{
    public async Task<PracticeAttemptView> Handle(StartPracticeAttemptCommand request, CancellationToken ct)
    {
        var workerId = user.EnsureWorker();
        var round = await db.PracticeRounds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == request.RoundId, ct)
                    ?? throw new NotFoundException("PracticeRound", request.RoundId);
        var existing = await db.PracticeAttempts.AsNoTracking().SingleOrDefaultAsync(a => a.RoundId == round.Id && a.WorkerId == workerId, ct);
        if (existing is not null) return await PracticeAttemptViews.BuildAsync(db, existing, clock.GetUtcNow().UtcDateTime, ct);

        var now = clock.GetUtcNow().UtcDateTime;
        if (!round.IsOpenAt(now))
            throw new DomainException("round.not_open", now < round.OpensAt
                ? $"本轮练兵尚未开始，开始时间 {PracticeAccess.ChinaTime(round.OpensAt):yyyy-MM-dd HH:mm}。"
                : $"本轮练兵已于 {PracticeAccess.ChinaTime(round.ClosesAt):yyyy-MM-dd HH:mm} 结束。");
        // Enterprise and industry as they are today: the boards group by them without joins, and keep the day's picture.
        var home = await (from w in db.Workers
                          join e in db.Enterprises on w.EnterpriseId equals e.Id
                          where w.Id == workerId
                          select new { w.EnterpriseId, e.IndustryId }).SingleOrDefaultAsync(ct)
                   ?? throw new ForbiddenException("只有职工账号可以参加网上练兵。");
        var bank = await db.PracticeQuestions.Where(q => q.BankId == round.BankId).Select(q => q.Id).ToListAsync(ct);
        var drawn = PracticeMarking.Draw(bank, round.QuestionCount, round.Seed, workerId);
        var attempt = new PracticeAttempt(round.Id, workerId, home.EnterpriseId, home.IndustryId, drawn, now, round.DeadlineFor(now));
        db.PracticeAttempts.Add(attempt);
        await db.SaveChangesAsync(ct);
        return await PracticeAttemptViews.BuildAsync(db, attempt, now, ct);
    }
}
