using SkillsLadder.Application.Common;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;

namespace SkillsLadder.Application.Features.Scoring;

/// <summary>Turns typed text into entries, naming the aspect in every refusal, all problems at once.</summary>
public static class MarkEntries
{
    public static IReadOnlyList<SheetEntryInput> Parse(PanelScope panel, IReadOnlyList<MarkInput> entries)
    {
        var errors = new Dictionary<string, string[]>();
        var inputs = new List<SheetEntryInput>();
        foreach (var entry in entries)
        {
            var code = entry.AspectCode.Trim();
            var field = $"Entries[{code}]";
            var aspect = panel.Aspects.SingleOrDefault(a => string.Equals(a.Code, code, StringComparison.OrdinalIgnoreCase));
            if (aspect is null)
            {
                errors[field] = [$"评分项 {code} 不属于评分组“{panel.Name}”负责的评分标准。"];
                continue;
            }
            if (string.IsNullOrWhiteSpace(entry.Value))
            {
                inputs.Add(new SheetEntryInput(aspect.Id, aspect.Rule, null));
                continue;
            }
            if (Problem(aspect, entry.Value) is { } problem)
            {
                errors[field] = [$"评分项 {aspect.Code}：{problem}"];
                continue;
            }
            Mark.TryParse(entry.Value, out var mark);
            inputs.Add(new SheetEntryInput(aspect.Id, aspect.Rule, mark));
        }
        if (errors.Count > 0) throw new RequestValidationException(errors);
        return inputs;
    }

    /// <summary>Why the text is not an acceptable entry for the aspect, or null.</summary>
    public static string? Problem(PanelAspect aspect, string text)
    {
        if (!Mark.TryParse(text, out var mark))
            return decimal.TryParse(text.Trim(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var number)
                ? number < 0 ? "分数不能为负。" : "分数最多保留两位小数。"
                : $"“{text.Trim()}”不是有效的数字。";
        return aspect.Rule.CheckEntry(mark.Value);
    }

    /// <summary>Records through the sheet (which checks again); a refusal names the aspect by its code, not its id.</summary>
    public static int Record(ScoreSheet sheet, PanelScope panel, IReadOnlyList<SheetEntryInput> inputs, string by, DateTime at)
    {
        try
        {
            return sheet.Record(inputs, by, at);
        }
        catch (DomainException e) when (e.Field?.StartsWith("aspect:", StringComparison.Ordinal) == true)
        {
            var code = panel.Aspects.SingleOrDefault(a => $"aspect:{a.Id}" == e.Field)?.Code ?? e.Field;
            throw new DomainException(e.Code, $"评分项 {code}：{e.Message}", $"Entries[{code}]");
        }
    }
}
