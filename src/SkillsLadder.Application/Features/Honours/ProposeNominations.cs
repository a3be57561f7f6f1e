using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Honours;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Features.Honours;

/// <summary>
/// Turns a published result into nominations by the competition's ranking rules (DOMAIN.md §2): the top N get the
/// title named in the rules, the top M one level up to the cap. Every member of a team entrant is nominated. Running it
/// again adds nothing (unique SnapshotId + WorkerId + Kind) and says so.
/// </summary>
public sealed record ProposeNominationsCommand(int CompetitionId) : ICommand<ProposalResult>;

public sealed record ProposalResult(int Created, int AlreadyProposed, IReadOnlyList<string> Skipped)
{
    public string Message => Created == 0 && AlreadyProposed > 0
        ? $"本次成绩的推荐已经生成过（{AlreadyProposed} 条），没有新增。"
        : $"已生成 {Created} 条推荐" + (AlreadyProposed > 0 ? $"，{AlreadyProposed} 条此前已生成" : "") + (Skipped.Count > 0 ? $"，跳过 {Skipped.Count} 人" : "") + "。";
}

public sealed class ProposeNominationsHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<ProposeNominationsCommand, ProposalResult>
{
    /// <summary>DOMAIN.md §2: five working days is the usual notice; promotions have no catalogue entry to carry their own.</summary>
    public const int PromotionNoticeWorkingDays = 5;

    public async Task<ProposalResult> Handle(ProposeNominationsCommand request, CancellationToken ct)
    {
        user.EnsureOrganizer();
        var competition = await db.Competitions.AsNoTracking().SingleOrDefaultAsync(c => c.Id == request.CompetitionId, ct)
            ?? throw new NotFoundException("Competition", request.CompetitionId);
        var snapshot = await db.StandingsSnapshots.AsNoTracking()
            .Where(s => s.CompetitionId == competition.Id && s.Status == SnapshotStatus.Published)
            .OrderByDescending(s => s.Number).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("nomination.not_published", "本赛成绩尚未发布，发布后才能生成推荐。");
        var rules = competition.RankingRules;
        if (rules.HonourTopN is null && rules.PromotionTopN is null)
            throw new DomainException("nomination.no_rules", "本赛排名规则未设置授予称号或晋级的名次，没有可生成的推荐。");
        HonourType? honour = null;
        if (rules.HonourTopN is not null)
            honour = await db.HonourTypes.SingleOrDefaultAsync(h => h.Name == rules.HonourTitle!.Trim() && h.IsActive, ct)
                ?? throw RequestValidationException.For("HonourTitle", $"排名规则中的称号“{rules.HonourTitle}”不在荣誉目录中（或已停用），请先在荣誉目录中添加，或修改排名规则。");

        var top = Math.Max(rules.HonourTopN ?? 0, rules.PromotionTopN ?? 0);
        var placed = await (from row in db.StandingsRows where row.SnapshotId == snapshot.Id && row.Rank <= top
                            join member in db.EntrantMembers on row.EntrantId equals member.EntrantId
                            join worker in db.Workers on member.WorkerId equals worker.Id
                            select new { member.WorkerId, worker.FullName, row.Rank, LevelRank = (int?)worker.CurrentSkillLevel!.Rank })
            .ToListAsync(ct);
        var existing = (await db.Nominations.Where(n => n.SnapshotId == snapshot.Id).Select(n => new { n.WorkerId, n.Kind }).ToListAsync(ct))
            .Select(n => (n.WorkerId, n.Kind)).ToHashSet();
        var levels = await db.SkillLevels.AsNoTracking().ToDictionaryAsync(l => l.Rank, ct);
        var cap = rules.PromotionCapLevelRank ?? levels.Keys.Max();
        var (by, now) = (await db.SignatureAsync(user, ct), clock.GetUtcNow().UtcDateTime);
        int created = 0, already = 0;
        var skipped = new List<string>();

        foreach (var p in placed.OrderBy(p => p.Rank).ThenBy(p => p.FullName))
        {
            var result = new ResultReference(competition.Id, competition.Name, snapshot.Id, p.Rank);
            if (honour is not null && p.Rank <= rules.HonourTopN)
            {
                if (existing.Contains((p.WorkerId, NominationKind.Honour))) already++;
                else { db.Nominations.Add(Nomination.ForHonourFromResult(p.WorkerId, honour, result, by, now)); created++; }
            }
            if (p.Rank > (rules.PromotionTopN ?? 0)) continue;
            if (existing.Contains((p.WorkerId, NominationKind.Promotion))) { already++; continue; }
            if (p.LevelRank is not { } current) { skipped.Add($"{p.FullName}：没有在册的技能等级，无法晋升一级"); continue; }
            if (current >= cap || !levels.TryGetValue(current + 1, out var target))
            {
                skipped.Add($"{p.FullName}：已是{levels[current].NameZh}，达到或超过晋级上限（{levels.GetValueOrDefault(cap)?.NameZh ?? "最高等级"}）");
                continue;
            }
            db.Nominations.Add(Nomination.ForPromotionFromResult(p.WorkerId, target.Id, PromotionNoticeWorkingDays, result, by, now));
            created++;
        }
        await db.SaveChangesAsync(ct);
        return new ProposalResult(created, already, skipped);
    }
}
