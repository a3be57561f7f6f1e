using MediatR;
using SkillsLadder.Application.Common.Tables;
using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Application.Features.Bargaining;

public enum AgreementFileKind
{
    /// <summary>The signed pay grid alone.</summary>
    Grid = 1,
    /// <summary>What the employer files with the 人社部门: particulars, parties, rounds, vote counts, dates and the grid.</summary>
    FilingPack = 2,
}

/// <summary>The signed grid or the filing pack as .xlsx (amounts in yuan as numbers, so they sum in the spreadsheet).</summary>
public sealed record ExportAgreementQuery(int Id, AgreementFileKind Kind) : IRequest<AgreementFile>;

public sealed record AgreementFile(string FileName, byte[] Content);

public sealed class ExportAgreementHandler(IMediator mediator) : IRequestHandler<ExportAgreementQuery, AgreementFile>
{
    public static readonly string[] GridHeaders = ["岗位类别", "技能等级", "基本工资（元）", "技能津贴（元）", "月工资合计（元）"];

    public async Task<AgreementFile> Handle(ExportAgreementQuery request, CancellationToken cancellationToken)
    {
        var a = await mediator.Send(new GetAgreementQuery(request.Id), cancellationToken);
        if (a.Status < AgreementStatus.Signed || a.Draft is null)
            throw new Domain.Common.DomainException("agreement.not_signed", "协议签字后才能导出工资表和备案材料。");
        var grid = new XlsxSheet("工资表", GridHeaders, GridRows(a.Draft));
        if (request.Kind == AgreementFileKind.Grid) return new AgreementFile($"wage-grid-{a.Id}.xlsx", XlsxWriter.Write([grid]));
        XlsxSheet[] pack =
        [
            new("协议概况", ["项目", "内容"], Particulars(a).Select(p => (IReadOnlyList<object?>)[p.Label, p.Value])),
            new("协商代表", ["一方", "姓名", "职务", "首席代表"],
                a.Representatives.Select(r => (IReadOnlyList<object?>)[AgreementText.Side(r.Side), r.Name, r.Post, r.IsChief ? "是" : ""])),
            new("协商经过", ["轮次", "日期", "会议纪要", "职工方方案（项）", "企业方方案（项）"],
                a.Rounds.Select(r => (IReadOnlyList<object?>)[r.Number, Date(r.HeldOn), r.Minutes, Proposal(r, BargainingSide.Union), Proposal(r, BargainingSide.Employer)])),
            new("职代会表决", ["日期", "代表总数", "出席", "赞成", "结果", "说明"],
                a.Votes.Select(v => (IReadOnlyList<object?>)[Date(v.HeldOn), v.Representatives, v.Attending, v.Approving, v.Passed ? "通过" : "未通过", v.Explanation])),
            grid,
        ];
        return new AgreementFile($"filing-pack-{a.Id}.xlsx", XlsxWriter.Write(pack));
    }

    public static IEnumerable<IReadOnlyList<object?>> GridRows(GridView grid) =>
        grid.Rows.Select(r => (IReadOnlyList<object?>)[r.PostClassName, r.LevelName, Yuan(r.BaseFen), Yuan(r.AllowanceFen), Yuan(r.TotalFen)])
            .Append(["高技能人才津贴（每月）", "", null, Yuan(grid.HighSkilledAllowanceFen), null])
            .Append(["工匠人才津贴（每月）", "", null, Yuan(grid.CraftsmanAllowanceFen), null]);

    /// <summary>The particulars as label–value pairs, shared with the printable filing pack.</summary>
    public static IEnumerable<(string Label, string Value)> Particulars(AgreementDetails a) =>
    [
        ("协议名称", a.Title), ("协商范围", AgreementText.Scope(a.Scope)), ("适用单位", a.Covers), ("最低工资标准地区", a.MinimumWageArea),
        ("要约方", AgreementText.Side(a.OfferedBy)), ("要约日期", Date(a.OfferedOn)), ("回应日期", Date(a.RepliedOn)),
        ("协议期限（月）", a.TermMonths.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("晋级调资生效", AgreementText.PayRule(a.PayRule)),
        ("签字日期", Date(a.SignedOn)), ("报送日期", Date(a.FiledOn)), ("审查期满", Date(a.ReviewEndsOn)),
        ("审查同意日期", Date(a.BureauApprovedOn)), ("生效日期", Date(a.EffectiveFrom)), ("到期日期", Date(a.ExpiresOn)), ("状态", a.StageName),
    ];

    private static string Proposal(RoundItem round, BargainingSide side) =>
        round.Proposals.FirstOrDefault(p => p.Side == side) is { } p ? $"{p.Grid.Rows.Count} 格，{p.Grid.ProblemCount} 处不符合规定" : "";

    private static decimal Yuan(long fen) => fen / 100m;
    private static string Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
