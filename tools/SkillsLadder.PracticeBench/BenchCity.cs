using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;
using SkillsLadder.Data.Bulk;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.People;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.PracticeBench;

/// <summary>The attempts the bench hands in: id, worker and round.</summary>
internal sealed record BenchAttempt(long Id, int WorkerId, int RoundId);

/// <summary>
/// A city for practice rounds: 20 industries, one enterprise per 100 workers spread over them, the workers written with
/// BulkTable, a bank of 100 questions and <c>rounds</c> rounds of 20 on it; every worker has started every round
/// (attempts bulk-written with the same draw the start command makes), so the measured part is the hand-ins and the
/// ranking. The attempts come round by round, so concurrent senders hand in to the same round, as at a close.
/// </summary>
internal static class BenchCity
{
    public const int BankSize = 100, QuestionCount = 20;

    private static string CreditCode(int serial)
    {
        var first17 = "91330199" + serial.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
        return first17 + UnifiedSocialCreditCode.CheckCharacter(first17);
    }

    public static async Task<(List<int> RoundIds, List<BenchAttempt> Attempts)> BuildAsync(SkillsLadderDbContext db, int participants, int rounds,
        DateTime opens, DateTime closes, CancellationToken ct)
    {
        var industries = Enumerable.Range(1, 20).Select(i => new Industry($"P{i:D2}", $"练兵行业{i}")).ToList();
        var occupation = new Occupation("6-99-99-99", "练兵工种");
        db.AddRange(industries);
        db.Add(occupation);
        await db.SaveChangesAsync(ct);
        var enterprises = Enumerable.Range(1, Math.Max(1, participants / 100))
            .Select(i => new Enterprise($"练兵企业{i}", CreditCode(i), industries[i % industries.Count].Id, "滨江区", null)).ToList();
        db.AddRange(enterprises);
        await db.SaveChangesAsync(ct);
        var industryOf = enterprises.ToDictionary(e => e.Id, e => e.IndustryId);

        var random = new Random(2026);
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await using var table = new BulkTable<Worker>(db, ["FullName", "NationalIdNumber", "BirthDate", "Sex", "EnterpriseId", "OccupationId",
                "HireDate", "IsUnionMember", "Version", "Education", "Tier"]);
            // Skewed like a city: the square of a uniform draw favours the first (large) enterprises.
            await table.CopyAsync(Enumerable.Range(1, participants).Select(i => new object?[]
            {
                $"练兵职工{i}", $"3301{i:D14}", new DateOnly(1980 + i % 25, 1 + i % 12, 1 + i % 28), i % 2 == 0 ? Sex.Female : Sex.Male,
                enterprises[(int)(enterprises.Count * Math.Pow(random.NextDouble(), 2))].Id, occupation.Id, new DateOnly(2010, 1, 1), true, 0,
                Education.None, TalentTier.None,
            }), ct);
            await transaction.CommitAsync(ct);
        }

        var bank = new QuestionBank("练兵题库", occupation.Id, opens);
        bank.Add(Enumerable.Range(1, BankSize).Select(i => (i % 3) switch
        {
            0 => new PracticeQuestion(QuestionKind.SingleChoice, $"单选题 {i}", ["甲", "乙", "丙", "丁"], "ABCD"[i % 4].ToString(), 1),
            1 => new PracticeQuestion(QuestionKind.MultipleChoice, $"多选题 {i}", ["甲", "乙", "丙", "丁"], i % 2 == 0 ? "AB" : "BCD", 2),
            _ => new PracticeQuestion(QuestionKind.TrueFalse, $"判断题 {i}", [], i % 2 == 0 ? "T" : "F", 1),
        }));
        db.Add(bank);
        await db.SaveChangesAsync(ct);
        var roundList = Enumerable.Range(1, rounds).Select(r => new PracticeRound(bank.Id, $"全市职工网上练兵 第 {r} 轮", opens, closes,
            Math.Min(240, (int)(closes - opens).TotalMinutes), QuestionCount, BankSize, 96 + r)).ToList();
        db.AddRange(roundList);
        await db.SaveChangesAsync(ct);

        var questionIds = bank.Questions.Select(q => q.Id).ToList();
        var workers = await db.Workers.AsNoTracking().Where(w => w.OccupationId == occupation.Id).Select(w => new { w.Id, w.EnterpriseId }).ToListAsync(ct);
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await using var table = new BulkTable<PracticeAttempt>(db, ["RoundId", "WorkerId", "EnterpriseId", "IndustryId", "QuestionIds", "StartedAt",
                "DeadlineAt", "Status", "Score", "MaxScore", "TimeUsedSeconds"]);
            await table.CopyAsync(roundList.SelectMany(round => workers.Select(w =>
            {
                var started = opens.AddSeconds(w.Id % 600);
                return new object?[]
                {
                    round.Id, w.Id, w.EnterpriseId, industryOf[w.EnterpriseId], string.Join(',', PracticeMarking.Draw(questionIds, QuestionCount, round.Seed, w.Id)),
                    started, round.DeadlineFor(started), AttemptStatus.InProgress, 0, 0, 0,
                };
            })), ct);
            await transaction.CommitAsync(ct);
        }
        var roundIds = roundList.Select(r => r.Id).ToList();
        var attempts = await db.PracticeAttempts.AsNoTracking().Where(a => roundIds.Contains(a.RoundId)).OrderBy(a => a.RoundId).ThenBy(a => a.Id)
            .Select(a => new BenchAttempt(a.Id, a.WorkerId, a.RoundId)).ToListAsync(ct);
        return (roundIds, attempts);
    }
}
