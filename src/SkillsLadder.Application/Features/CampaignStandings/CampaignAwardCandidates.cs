using System.Globalization;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.CampaignStandings;

/// <summary>
/// One place in the year-end proposal: a unit for 先进集体 (its leader stands for it) or an individual for 先进个人.
/// <see cref="Problem"/> says why it cannot be proposed (no leader, nothing scored); such candidates are reported.
/// </summary>
public sealed record AwardCandidate(ParticipantKind Kind, int ParticipantId, string Name, int Rank, decimal Total, int? WorkerId, string? Problem)
{
    public string TotalText => Total.ToString("0.00", CultureInfo.InvariantCulture);
}

/// <summary>
/// Who the year-end awards go to (DOMAIN.md §4): the cumulative standings, top <see cref="Campaign.CollectiveAwards"/>
/// units and top <see cref="Campaign.IndividualAwards"/> individuals by place. A shared place at the cut-off takes
/// everyone on it (places are earned, not drawn); a cumulative total of zero earns nothing, as with the banner.
/// </summary>
public static class CampaignAwardCandidates
{
    public const string CollectiveTitle = "先进集体";
    public const string IndividualTitle = "先进个人";

    public static IReadOnlyList<AwardCandidate> Select(CampaignSnapshotLines standings, IReadOnlyCollection<CampaignParticipant> participants,
        int collectiveAwards, int individualAwards)
    {
        var byId = participants.ToDictionary(p => p.Id);
        var units = standings.Of(null, ParticipantKind.Unit).Where(l => l.Rank <= collectiveAwards);
        var individuals = standings.Of(null, ParticipantKind.Individual).Where(l => l.Rank <= individualAwards);
        return units.Concat(individuals).Where(l => byId.ContainsKey(l.ParticipantId)).Select(l =>
        {
            var participant = byId[l.ParticipantId];
            var worker = l.Kind == ParticipantKind.Unit ? participant.LeaderWorkerId : participant.WorkerId;
            var problem = l.Total <= 0 ? "累计得分为 0，不予推荐"
                : worker is null ? "未指定负责人，无法代表集体推荐（在参赛单位中指定负责人后重新生成）"
                : !participant.IsActive ? "已退出竞赛" : null;
            return new AwardCandidate(l.Kind, l.ParticipantId, l.Name, l.Rank, l.Total, worker, problem);
        }).ToList();
    }
}
