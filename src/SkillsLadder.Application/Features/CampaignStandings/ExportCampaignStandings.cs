using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Common.Tables;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Data;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.CampaignStandings;

/// <summary>
/// Organizers: the newest standings as an .xlsx workbook: the cumulative sheet first, then one sheet per ranked period
/// ("第N期", since period labels and milestone names may not be valid sheet names), units before individuals.
/// </summary>
public sealed record ExportCampaignStandingsQuery(int CampaignId) : MediatR.IRequest<CampaignStandingsFile>;

public sealed record CampaignStandingsFile(string FileName, byte[] Content);

public sealed class ExportCampaignStandingsHandler(SkillsLadderDbContext db, ICurrentUser user)
    : MediatR.IRequestHandler<ExportCampaignStandingsQuery, CampaignStandingsFile>
{
    public static readonly string[] Headers = ["考核期", "类别", "名次", "并列", "名称", "得分", "扣分", "否决", "流动红旗", "暂定", "计分说明"];

    public async Task<CampaignStandingsFile> Handle(ExportCampaignStandingsQuery request, CancellationToken ct)
    {
        user.EnsureOrganizer();
        if (!await db.Campaigns.AnyAsync(c => c.Id == request.CampaignId, ct)) throw new NotFoundException("劳动竞赛", request.CampaignId);
        var standings = await db.NewestStandingsAsync(request.CampaignId, ct)
            ?? throw new DomainException("campaign_standings.none", "还没有排名（尚无已提交的考核），无法导出。");
        var periods = await db.PeriodsAsync(request.CampaignId, ct);

        var sheets = new List<XlsxSheet> { new("累计", Headers, Rows(standings, null, "累计（已锁定考核期）")) };
        foreach (var period in periods.Where(p => standings.Lines.Any(l => l.PeriodId == p.Id)))
            sheets.Add(new XlsxSheet($"第{period.Number}期", Headers, Rows(standings, period.Id, period.Label)));
        return new CampaignStandingsFile($"campaign-{request.CampaignId}-standings-v{standings.Snapshot.Number}.xlsx", XlsxWriter.Write(sheets));
    }

    private static IEnumerable<IReadOnlyList<object?>> Rows(CampaignSnapshotLines standings, int? periodId, string label) =>
        new[] { ParticipantKind.Unit, ParticipantKind.Individual }.SelectMany(kind => standings.Of(periodId, kind)).Select(l => (IReadOnlyList<object?>)
        [
            label, l.Kind == ParticipantKind.Unit ? "集体" : "个人", l.Rank, l.Tied ? "是" : "", l.Name, l.Total, l.Deductions,
            l.Vetoes > 0 ? l.Vetoes : null, l.HoldsBanner ? "是" : "", l.Provisional ? "是" : "", l.Explanation,
        ]);
}
