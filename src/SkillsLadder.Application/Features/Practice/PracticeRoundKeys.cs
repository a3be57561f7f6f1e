using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Features.Practice;

/// <summary>
/// The answer keys of each open round's bank, kept in memory so a hand-in is marked without reading its questions.
/// Safe to keep because a question never changes once it is in a bank (imports only add; nothing edits or removes
/// one); a question added while the round runs, which a later start may draw, is a miss that reloads the bank's keys.
/// A round is dropped once its hand-ins are over (close plus grace): later hand-ins are refused before any key is read.
/// Each node keeps its own copy; being immutable, the copies cannot disagree.
/// </summary>
public sealed class PracticeRoundKeys(TimeProvider clock)
{
    private sealed record RoundKeys(DateTime HandInsEnd, IReadOnlyDictionary<int, QuestionKey> ById);

    private readonly ConcurrentDictionary<int, RoundKeys> _rounds = new();

    /// <summary>The keys of <paramref name="questionIds"/>, in their order.</summary>
    public async Task<IReadOnlyList<QuestionKey>> ForAsync(SkillsLadderDbContext db, int roundId, int bankId, DateTime closesAt,
        IReadOnlyList<int> questionIds, CancellationToken ct)
    {
        if (!_rounds.TryGetValue(roundId, out var keys) || !questionIds.All(keys.ById.ContainsKey))
        {
            var byId = await db.PracticeQuestions.AsNoTracking().Where(q => q.BankId == bankId)
                .Select(q => new QuestionKey(q.Id, q.Answer, q.Points)).ToDictionaryAsync(k => k.Id, ct);
            keys = new RoundKeys(closesAt.AddSeconds(PracticeAttempt.GraceSeconds), byId);
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var (id, old) in _rounds)
                if (old.HandInsEnd < now) _rounds.TryRemove(id, out _);
            _rounds[roundId] = keys;
        }
        return questionIds.Select(id => keys.ById[id]).ToList();
    }
}
