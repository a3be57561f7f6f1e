using MediatR;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Common.Tables;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Features.Results;

/// <summary>The jury's standings of one snapshot (default: the newest) as an .xlsx file, one row per entrant in position order.</summary>
public sealed record ExportStandingsQuery(int CompetitionId, int? SnapshotId = null) : IRequest<StandingsFile>;

public sealed record StandingsFile(string FileName, byte[] Content);

public sealed class ExportStandingsHandler(IMediator mediator) : IRequestHandler<ExportStandingsQuery, StandingsFile>
{
    public static readonly string[] Headers =
        ["名次", "并列", "参赛号", "参赛者", "单位", "总分", "标准分", "理论", "实操", "用时（秒）", "奖项", "奖牌", "建议", "排名依据"];

    public async Task<StandingsFile> Handle(ExportStandingsQuery request, CancellationToken ct)
    {
        var standings = (await mediator.Send(new GetStandingsQuery(request.CompetitionId, request.SnapshotId), ct))!;
        var snapshot = standings.Snapshot ?? throw new Domain.Common.DomainException("standings.none", "还没有排名，无法导出。");
        var rows = standings.Rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Rank, r.Tied ? "是" : "", r.Bib, r.Name, r.Enterprise, r.Total, r.Standardised, r.Theory, r.Practical, r.TimeUsedSeconds,
            ResultsText.Prize(r.Prize), ResultsText.Medal(r.Medal), r.Proposal, r.Explanation,
        ]);
        var content = XlsxWriter.Write($"第{snapshot.Number}版", Headers, rows);
        return new StandingsFile($"standings-{request.CompetitionId}-v{snapshot.Number}.xlsx", content);
    }
}

/// <summary>Chinese names of prizes, medals and snapshot states, shared by exports, pages and certificates.</summary>
public static class ResultsText
{
    public static string? Prize(Prize prize) => prize switch
    {
        Domain.Ranking.Prize.First => "一等奖",
        Domain.Ranking.Prize.Second => "二等奖",
        Domain.Ranking.Prize.Third => "三等奖",
        _ => null,
    };

    /// <summary>English names for the bilingual certificate.</summary>
    public static string? PrizeEnglish(Prize prize) => prize switch
    {
        Domain.Ranking.Prize.First => "First Prize",
        Domain.Ranking.Prize.Second => "Second Prize",
        Domain.Ranking.Prize.Third => "Third Prize",
        _ => null,
    };

    public static string? Medal(Medal medal) => medal switch
    {
        Domain.Ranking.Medal.Gold => "金牌",
        Domain.Ranking.Medal.Silver => "银牌",
        Domain.Ranking.Medal.Bronze => "铜牌",
        Domain.Ranking.Medal.Medallion => "优胜奖",
        _ => null,
    };

    public static string? MedalEnglish(Medal medal) => medal switch
    {
        Domain.Ranking.Medal.Gold => "Gold Medal",
        Domain.Ranking.Medal.Silver => "Silver Medal",
        Domain.Ranking.Medal.Bronze => "Bronze Medal",
        Domain.Ranking.Medal.Medallion => "Medallion for Excellence",
        _ => null,
    };

    public static string Status(SnapshotStatus status) => status switch
    {
        SnapshotStatus.Computed => "已计算",
        SnapshotStatus.Finalised => "已确认",
        SnapshotStatus.Published => "已发布",
        SnapshotStatus.Superseded => "已被更正",
        _ => status.ToString(),
    };

    public static string Basis(SnapshotBasis basis) => basis == SnapshotBasis.Live ? "实时" : "锁定成绩";
}
