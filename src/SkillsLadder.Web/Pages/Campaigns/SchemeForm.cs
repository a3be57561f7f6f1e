using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using SkillsLadder.Application.Features.Campaigns;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Web.Pages.Campaigns;

/// <summary>
/// The whole scheme as one form, every number kept as typed: a mistyped one is named in Chinese beside its field rather
/// than lost in model binding. Rows with neither code nor name are blank (room to add one) and are left out.
/// </summary>
public sealed class SchemeForm
{
    public int LatestNumber { get; set; }
    public int FromPeriod { get; set; } = 1;
    public List<IndicatorRow> Indicators { get; set; } = [];

    /// <summary>The newest version to edit (or the blank start), with one spare indicator and two spare events each.</summary>
    public static SchemeForm From(IndicatorSchemesView view)
    {
        var rows = (view.Latest?.Scheme.Indicators ?? []).Select(IndicatorRow.From).ToList();
        rows.Add(new IndicatorRow());
        foreach (var row in rows) row.Events.AddRange([new EventRow(), new EventRow()]);
        return new SchemeForm { LatestNumber = view.LatestNumber, FromPeriod = Math.Max(view.FirstUnassessedPeriod, 1), Indicators = rows };
    }

    /// <summary>The input to send, or null when a number could not be read (each named in <paramref name="errors"/>).</summary>
    public IndicatorSchemeInput? ToInput(ModelStateDictionary errors, string prefix)
    {
        var indicators = new List<IndicatorInput>();
        for (var n = 0; n < Indicators.Count; n++)
        {
            var row = Indicators[n];
            if (IsBlank(row.Code, row.Name)) continue;
            var at = $"{prefix}.Indicators[{n}]";
            var label = $"指标 {row.Code?.Trim()}";
            decimal Number(string? text, string field, string what)
            {
                if (SignedMarks.Problem(text, out var mark) is { } problem) errors.AddModelError($"{at}.{field}", $"{label} {what}：{problem}");
                return mark.Value;
            }
            decimal? Optional(string? text, string field, string what) => string.IsNullOrWhiteSpace(text) ? null : Number(text, field, what);
            var measure = row.HasMeasure
                ? new MeasureInput(row.Unit ?? "", Number(row.Target, "Target", "目标值"), row.Direction, Number(row.BonusPerUnit, "BonusPerUnit", "每单位加分"),
                    Number(row.DeductionPerUnit, "DeductionPerUnit", "每单位扣分"), Number(row.Minimum, "Minimum", "下限"), Number(row.Maximum, "Maximum", "上限"))
                : null;
            var events = row.Events.Select((e, k) => (e, k)).Where(x => !IsBlank(x.e.Code, x.e.Name)).Select(x =>
                new EventInput(x.e.Code ?? "", x.e.Name ?? "", x.e.IsVeto && string.IsNullOrWhiteSpace(x.e.PointsEach) ? 0 : Number(x.e.PointsEach, $"Events[{x.k}].PointsEach", "分值"),
                    x.e.IsVeto, Whole(x.e.MaxCount, $"{at}.Events[{x.k}].MaxCount", $"{label} 次数上限", errors))).ToList();
            indicators.Add(new IndicatorInput(row.Code ?? "", row.Name ?? "", row.Category, Whole(row.Weight, $"{at}.Weight", $"{label} 权重", errors),
                Number(row.BasePoints, "BasePoints", "基础分"), measure, Optional(row.BonusCap, "BonusCap", "加分上限"),
                Optional(row.DeductionCap, "DeductionCap", "扣分上限"), events));
        }
        return errors.IsValid ? new IndicatorSchemeInput(indicators) : null;
    }

    private static bool IsBlank(string? code, string? name) => string.IsNullOrWhiteSpace(code) && string.IsNullOrWhiteSpace(name);

    private static int Whole(string? text, string key, string label, ModelStateDictionary errors)
    {
        if (int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
        errors.AddModelError(key, $"{label}：“{text?.Trim()}”不是整数。");
        return 0;
    }
}

public sealed class IndicatorRow
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public IndicatorCategory Category { get; set; } = IndicatorCategory.Quality;
    public string? Weight { get; set; } = "100";
    public string? BasePoints { get; set; } = "100";
    public bool HasMeasure { get; set; }
    public string? Unit { get; set; }
    public string? Target { get; set; } = "0";
    public MeasureDirection Direction { get; set; } = MeasureDirection.HigherIsBetter;
    public string? BonusPerUnit { get; set; } = "0";
    public string? DeductionPerUnit { get; set; } = "0";
    public string? Minimum { get; set; } = "0";
    public string? Maximum { get; set; } = "0";
    public string? BonusCap { get; set; }
    public string? DeductionCap { get; set; }
    public List<EventRow> Events { get; set; } = [];

    public static IndicatorRow From(IndicatorInput i) => new()
    {
        Code = i.Code, Name = i.Name, Category = i.Category, Weight = i.WeightPercent.ToString(CultureInfo.InvariantCulture),
        BasePoints = SignedMarks.Show(i.BasePoints), HasMeasure = i.Measure is not null, Unit = i.Measure?.Unit,
        Target = Show(i.Measure?.Target), Direction = i.Measure?.Direction ?? MeasureDirection.HigherIsBetter,
        BonusPerUnit = Show(i.Measure?.BonusPerUnit), DeductionPerUnit = Show(i.Measure?.DeductionPerUnit),
        Minimum = Show(i.Measure?.Minimum), Maximum = Show(i.Measure?.Maximum), BonusCap = Show(i.BonusCap), DeductionCap = Show(i.DeductionCap),
        Events = (i.Events ?? []).Select(e => new EventRow
        {
            Code = e.Code, Name = e.Name, PointsEach = SignedMarks.Show(e.PointsEach), IsVeto = e.IsVeto,
            MaxCount = e.MaxCount.ToString(CultureInfo.InvariantCulture),
        }).ToList(),
    };

    private static string? Show(decimal? value) => value is { } v ? SignedMarks.Show(v) : null;
}

public sealed class EventRow
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? PointsEach { get; set; }
    public bool IsVeto { get; set; }
    public string? MaxCount { get; set; } = "99";
}
