using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Campaigns;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Assessments;

/// <summary>A measured value as typed ("3", "-4.5"); empty clears it.</summary>
public sealed record ValueInput
{
    public string IndicatorCode { get; init; } = "";
    public string? Value { get; init; }
}

/// <summary>How many times an event happened, as typed ("2"); empty means none.</summary>
public sealed record CountInput
{
    public string EventCode { get; init; } = "";
    public string? Count { get; init; }
}

public sealed record ParsedEntries(IReadOnlyList<AssessmentValueInput> Values, IReadOnlyList<AssessmentCountInput> Counts);

/// <summary>
/// Turns typed text into values and counts against the scheme, naming the indicator or event in every refusal and
/// reporting all of them at once, so a refused form changes nothing and the person sees every mistake.
/// </summary>
public static class AssessmentEntries
{
    public static ParsedEntries Parse(IndicatorScheme scheme, IReadOnlyList<ValueInput> values, IReadOnlyList<CountInput> counts)
    {
        var errors = new Dictionary<string, string[]>();
        var indicators = scheme.Indicators.ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
        var events = scheme.Indicators.SelectMany(i => i.Events).ToDictionary(e => e.Code, StringComparer.OrdinalIgnoreCase);
        var parsedValues = new List<AssessmentValueInput>();
        foreach (var input in values)
        {
            var code = input.IndicatorCode.Trim();
            var field = $"Values[{code}]";
            if (!indicators.TryGetValue(code, out var indicator)) errors[field] = [$"指标 {code} 不在本期的考核方案中。"];
            else if (indicator.Measure is not { } measure) errors[field] = [$"“{indicator.Name}”没有考核量，只记次数。"];
            else if (string.IsNullOrWhiteSpace(input.Value)) parsedValues.Add(new AssessmentValueInput(indicator, null));
            else if (SignedMarks.Problem(input.Value, out var value) is { } problem) errors[field] = [$"“{indicator.Name}”：{problem}"];
            else if (value < measure.Minimum || value > measure.Maximum)
                errors[field] = [$"“{indicator.Name}”应在 {SignedMarks.Show(measure.Minimum)}–{SignedMarks.Show(measure.Maximum)} {measure.Unit}之间，输入的是 {SignedMarks.Show(value)}。"];
            else parsedValues.Add(new AssessmentValueInput(indicator, value));
        }
        var parsedCounts = new List<AssessmentCountInput>();
        foreach (var input in counts)
        {
            var code = input.EventCode.Trim();
            var field = $"Counts[{code}]";
            if (!events.TryGetValue(code, out var happened)) errors[field] = [$"计次事项 {code} 不在本期的考核方案中。"];
            else if (string.IsNullOrWhiteSpace(input.Count)) parsedCounts.Add(new AssessmentCountInput(happened, 0));
            else if (!int.TryParse(input.Count.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)
                     || count > happened.MaxCount)
                errors[field] = [$"“{happened.Name}”的次数应为 0–{happened.MaxCount} 的整数，输入的是“{input.Count.Trim()}”。"];
            else parsedCounts.Add(new AssessmentCountInput(happened, count));
        }
        foreach (var code in values.GroupBy(v => v.IndicatorCode.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key))
            errors[$"Values[{code}]"] = [$"指标 {code} 在一次提交中出现了多次。"];
        foreach (var code in counts.GroupBy(c => c.EventCode.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key))
            errors[$"Counts[{code}]"] = [$"计次事项 {code} 在一次提交中出现了多次。"];
        if (errors.Count > 0) throw new RequestValidationException(errors);
        return new ParsedEntries(parsedValues, parsedCounts);
    }

    /// <summary>The score of what is stored, under the scheme it was entered with (an empty assessment scores the base points).</summary>
    public static PeriodScore Score(IndicatorScheme scheme, PeriodAssessment? assessment) =>
        IndicatorScorer.Score(scheme.Definition(), assessment?.ToInput(scheme) ?? AssessmentInput.Empty);
}
