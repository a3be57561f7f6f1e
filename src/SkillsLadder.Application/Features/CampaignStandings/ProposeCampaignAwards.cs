using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Application.Features.Honours;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Honours;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.CampaignStandings;

/// <summary>
/// Organizers, once a campaign is closed: turns the final cumulative standings into nominations for the honours review,
/// 先进集体 for the top units (through their leaders) and 先进个人 for the top individuals. Running it again adds
/// nothing (unique participant + title) and says so. Units that cannot be proposed are reported, not skipped silently.
/// </summary>
public sealed record ProposeCampaignAwardsCommand(int CampaignId) : ICommand<CampaignAwardsResult>;

public sealed record CampaignAwardsResult(int Created, int AlreadyProposed, IReadOnlyList<string> Reported)
{
    public string Message => Created == 0 && AlreadyProposed > 0
        ? $"年终评先推荐已经生成过（{AlreadyProposed} 条），没有新增。"
        : $"已生成 {Created} 条推荐" + (AlreadyProposed > 0 ? $"，{AlreadyProposed} 条此前已生成" : "") + (Reported.Count > 0 ? $"，{Reported.Count} 个未能推荐" : "") + "。";
}

public sealed class ProposeCampaignAwardsHandler(SkillsLadderDbContext db, ICurrentUser user, TimeProvider clock)
    : MediatR.IRequestHandler<ProposeCampaignAwardsCommand, CampaignAwardsResult>
{
    public async Task<CampaignAwardsResult> Handle(ProposeCampaignAwardsCommand request, CancellationToken ct)
    {
        user.EnsureOrganizer();
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.Participants).SingleOrDefaultAsync(c => c.Id == request.CampaignId, ct)
            ?? throw new NotFoundException("劳动竞赛", request.CampaignId);
        if (campaign.Status != CampaignStatus.Closed)
            throw new DomainException("campaign_awards.not_closed", "竞赛结束（全部考核期锁定并结束竞赛）后才能生成年终评先推荐。");
        // The awards follow the final standings only: a change not yet ranked could move a place.
        if (await db.StandingsUpdatingAsync(campaign.Id, ct))
            throw new DomainException("campaign_awards.updating", "排名正在更新，请稍候几秒再生成推荐。");
        var standings = await db.NewestStandingsAsync(campaign.Id, ct)
            ?? throw new DomainException("campaign_awards.no_standings", "本竞赛还没有排名，无法生成推荐。");

        var candidates = CampaignAwardCandidates.Select(standings, campaign.Participants, campaign.CollectiveAwards, campaign.IndividualAwards);
        var existing = (await db.Nominations.Where(n => n.CampaignId == campaign.Id)
                .Select(n => new { n.CampaignParticipantId, n.HonourTypeId }).ToListAsync(ct))
            .Select(n => (n.CampaignParticipantId, n.HonourTypeId)).ToHashSet();
        var (by, now) = (await db.SignatureAsync(user, ct), clock.GetUtcNow().UtcDateTime);
        var honours = new Dictionary<string, HonourType>();
        int created = 0, already = 0;
        var reported = new List<string>();
        foreach (var c in candidates.OrderBy(c => c.Kind).ThenBy(c => c.Rank).ThenBy(c => c.Name, StringComparer.Ordinal))
        {
            if (c.Problem is not null) { reported.Add($"{c.Name}（累计第 {c.Rank} 名）：{c.Problem}"); continue; }
            var title = c.Kind == ParticipantKind.Unit ? CampaignAwardCandidates.CollectiveTitle : CampaignAwardCandidates.IndividualTitle;
            if (!honours.TryGetValue(title, out var honour)) honours[title] = honour = await HonourAsync(title, ct);
            if (existing.Contains((c.ParticipantId, honour.Id))) { already++; continue; }
            var reference = new CampaignReference(campaign.Id, campaign.Name, c.ParticipantId, c.Rank, c.TotalText);
            db.Nominations.Add(c.Kind == ParticipantKind.Unit
                ? Nomination.ForCampaignCollective(c.WorkerId!.Value, c.Name, honour, reference, by, now)
                : Nomination.ForCampaignIndividual(c.WorkerId!.Value, honour, reference, by, now));
            created++;
        }
        await db.SaveChangesAsync(ct);
        return new CampaignAwardsResult(created, already, reported);
    }

    /// <summary>
    /// The title by name. Databases created before the campaign titles joined the default catalogue lack them, so a
    /// missing one is created with the catalogue's defaults; a deactivated one is the admins' decision and is respected.
    /// </summary>
    private async Task<HonourType> HonourAsync(string name, CancellationToken ct)
    {
        var honour = await db.HonourTypes.SingleOrDefaultAsync(h => h.Name == name, ct);
        if (honour is { IsActive: false })
            throw new DomainException("campaign_awards.honour_inactive", $"荣誉“{name}”已在荣誉目录中停用，请管理员启用后再生成推荐。");
        if (honour is not null) return honour;
        honour = DefaultHonourCatalogue.Create().Single(h => h.Name == name);
        db.HonourTypes.Add(honour);
        await db.SaveChangesAsync(ct);
        return honour;
    }
}
