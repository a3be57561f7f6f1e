using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Practice;

/// <summary>
/// The rounds a signed-in user may see, open ones first then the newest: every round that has opened (and, for
/// managers, those still to come), each with the caller's own attempt if they have one.
/// </summary>
public sealed record ListPracticeRoundsQuery : MediatR.IRequest<IReadOnlyList<PracticeRoundItem>>;

public enum RoundState { Upcoming = 1, Open = 2, Closed = 3 }

public sealed record PracticeRoundItem(int Id, string Title, int BankId, string BankName, DateTime OpensAt, DateTime ClosesAt,
    int DurationMinutes, int QuestionCount, RoundState State, bool BoardPublished, long? MyAttemptId, AttemptStatus? MyStatus, int? MyScore);

public sealed class ListPracticeRoundsHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<ListPracticeRoundsQuery, IReadOnlyList<PracticeRoundItem>>
{
    public const int Limit = 100;

    public async Task<IReadOnlyList<PracticeRoundItem>> Handle(ListPracticeRoundsQuery request, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rounds = db.PracticeRounds.AsNoTracking();
        if (!user.ManagesPractice()) rounds = rounds.Where(r => r.OpensAt <= now);
        var workerId = user.WorkerId ?? 0;
        var list = await (from r in rounds
                          join b in db.QuestionBanks on r.BankId equals b.Id
                          let mine = db.PracticeAttempts.Where(a => a.RoundId == r.Id && a.WorkerId == workerId)
                              .Select(a => new { a.Id, a.Status, a.Score }).FirstOrDefault()
                          orderby r.ClosesAt descending
                          select new { r, BankName = b.Name, mine })
            .Take(Limit).ToListAsync(ct);
        return list.Select(x => new PracticeRoundItem(x.r.Id, x.r.Title, x.r.BankId, x.BankName, x.r.OpensAt, x.r.ClosesAt, x.r.DurationMinutes,
                x.r.QuestionCount, StateAt(x.r, now), x.r.BoardPublishedAt is not null, x.mine?.Id, x.mine?.Status,
                x.mine?.Status == AttemptStatus.Submitted ? x.mine.Score : null))
            .OrderBy(i => i.State == RoundState.Open ? 0 : 1).ThenByDescending(i => i.ClosesAt).ToList();
    }

    public static RoundState StateAt(PracticeRound round, DateTime now) =>
        round.IsOpenAt(now) ? RoundState.Open : now < round.OpensAt ? RoundState.Upcoming : RoundState.Closed;
}
