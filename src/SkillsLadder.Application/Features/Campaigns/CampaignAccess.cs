using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Campaigns;

/// <summary>
/// Labour competitions are run by organizers (and admins); nobody else reads or changes them, so every handler starts
/// here. The aggregate is loaded whole: its rules (start, versions, duplicates) look at participants, periods and schemes.
/// </summary>
public static class CampaignAccess
{
    public static void EnsureCampaignOrganizer(this ICurrentUser user)
    {
        if (!user.IsOrganizer()) throw new ForbiddenException("只有劳动竞赛的组织者可以执行此操作。");
    }

    public static async Task<Campaign> CampaignForOrganizerAsync(this SkillsLadderDbContext db, ICurrentUser user, int campaignId, CancellationToken ct)
    {
        user.EnsureCampaignOrganizer();
        return await db.Campaigns
                   .Include(c => c.Participants).ThenInclude(p => p.Members)
                   .Include(c => c.Periods)
                   .Include(c => c.Schemes).ThenInclude(s => s.Indicators).ThenInclude(i => i.Events)
                   .AsSplitQuery()
                   .SingleOrDefaultAsync(c => c.Id == campaignId, ct)
               ?? throw new NotFoundException("劳动竞赛", campaignId);
    }

    /// <summary>Read side: 403 before 404, so an outsider learns nothing about which campaigns exist.</summary>
    public static async Task EnsureCampaignExistsAsync(this SkillsLadderDbContext db, ICurrentUser user, int campaignId, CancellationToken ct)
    {
        user.EnsureCampaignOrganizer();
        if (!await db.Campaigns.AnyAsync(c => c.Id == campaignId, ct)) throw new NotFoundException("劳动竞赛", campaignId);
    }

    /// <summary>Assessments are entered, submitted and locked only while the campaign runs.</summary>
    public static void EnsureRunning(this Campaign campaign)
    {
        if (campaign.Status == CampaignStatus.Draft)
            throw new DomainException("campaign.not_running", "竞赛尚未启动，还不能录入考核。");
        if (campaign.Status == CampaignStatus.Closed)
            throw new DomainException("campaign.closed", "竞赛已结束，考核不能再修改。");
    }

    /// <summary>
    /// The first period a new scheme version may start from: one after the last period that has any assessment, since
    /// assessed periods keep the version they were assessed under.
    /// </summary>
    public static async Task<int> FirstUnassessedPeriodAsync(this SkillsLadderDbContext db, int campaignId, CancellationToken ct)
    {
        var last = await db.PeriodAssessments.Where(a => a.CampaignId == campaignId)
            .Join(db.CampaignPeriods, a => a.PeriodId, p => p.Id, (a, p) => (int?)p.Number)
            .MaxAsync(ct);
        return (last ?? 0) + 1;
    }

    /// <summary>Workers by id with their names and enterprises, for participants and members; unknown ids are a field error.</summary>
    public static async Task<Dictionary<int, (string Name, int EnterpriseId)>> WorkersAsync(this SkillsLadderDbContext db,
        IReadOnlyCollection<int> ids, string field, CancellationToken ct)
    {
        var found = await db.Workers.AsNoTracking().Where(w => ids.Contains(w.Id))
            .Select(w => new { w.Id, w.FullName, w.EnterpriseId }).ToListAsync(ct);
        var missing = ids.Except(found.Select(w => w.Id)).ToList();
        if (missing.Count > 0) throw RequestValidationException.For(field, $"职工档案中没有编号为 {string.Join("、", missing)} 的职工。");
        return found.ToDictionary(w => w.Id, w => (w.FullName, w.EnterpriseId));
    }
}
