using System.Globalization;
using SkillsLadder.Application.Features.Scoring;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Web.Pages.Competitions.Marking;

/// <summary>Chinese names (localisation keys) and number formats the marking pages share.</summary>
public static class SheetText
{
    public static string Cell(SheetCellState state) => state switch
    {
        SheetCellState.Missing => "未填",
        SheetCellState.Recused => "回避",
        _ => CompetitionText.Sheet((SheetStatus)(int)state),
    };

    public static string Kind(AspectKind kind) => kind == AspectKind.Judgement ? "评判" : "测量";

    public static string Action(SheetAction action) => action switch
    {
        SheetAction.Marked => "打分",
        SheetAction.Submitted => "提交",
        SheetAction.Reopened => "退回草稿",
        SheetAction.Verified => "复核",
        SheetAction.Locked => "锁定",
        SheetAction.Unlocked => "解锁",
        _ => action.ToString(),
    };

    /// <summary>A mark as a judge types it: no trailing zeros ("37.5", "2"), invariant decimal point.</summary>
    public static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";

    public static string Fixed(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
