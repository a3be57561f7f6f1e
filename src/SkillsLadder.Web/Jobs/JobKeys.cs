using Quartz;
using SkillsLadder.Application.Features.Jobs;

namespace SkillsLadder.Web.Jobs;

public static class JobKeys
{
    public static JobKey Ranking(int competitionId) => new(JobNames.Competition(competitionId), JobNames.RankingGroup);
    public static TriggerKey RankingTrigger(int competitionId) => new(JobNames.Competition(competitionId), JobNames.RankingGroup);
    public static JobKey CampaignRanking(int campaignId) => new(JobNames.Campaign(campaignId), JobNames.RankingGroup);
    public static TriggerKey CampaignRankingTrigger(int campaignId) => new(JobNames.Campaign(campaignId), JobNames.RankingGroup);
    public static JobKey PracticeRanking(int roundId) => new(Application.Features.Practice.PracticeJobNames.Round(roundId), JobNames.RankingGroup);
    public static TriggerKey PracticeRankingTrigger(int roundId) => new(Application.Features.Practice.PracticeJobNames.Round(roundId), JobNames.RankingGroup);
    public static readonly JobKey Sweep = new(JobNames.SweepName, JobNames.MaintenanceGroup);
    public static readonly TriggerKey SweepTrigger = new(JobNames.SweepName, JobNames.MaintenanceGroup);
}
