using SkillsLadder.Domain.Pay;

namespace SkillsLadder.Web.Pages.Bargaining;

/// <summary>How pay figures print: yuan with two decimals and thousands separators, signed for differences.</summary>
public static class PayFormat
{
    public static string Yuan(long fen) => "¥" + Money.Yuan(fen);

    public static string Delta(long fen) => (fen > 0 ? "+" : fen < 0 ? "−" : "") + "¥" + Money.Yuan(Math.Abs(fen));

    public static string Side(BargainingSide side) => side == BargainingSide.Union ? "职工方" : "企业方";

    public static string Problem(GridProblemKind kind) => kind switch
    {
        GridProblemKind.BelowClassFloor => "低于该岗位类别的最低工资倍数",
        GridProblemKind.BaseBelowMinimumWage => "扣除技能津贴后低于最低工资标准",
        _ => "低于下一级的工资",
    };
}
