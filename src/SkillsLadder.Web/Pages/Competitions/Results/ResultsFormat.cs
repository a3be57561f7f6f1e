using System.Globalization;
using SkillsLadder.Application.Features.Results;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Web.Pages.Competitions.Results;

/// <summary>How results pages write numbers, places and awards (localisation keys where they are words).</summary>
public static class ResultsFormat
{
    public static string Marks(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "";

    /// <summary>"2" or "2=" for a shared place, as on printed result lists.</summary>
    public static string Rank(int rank, bool tied) => tied ? $"{rank}=" : rank.ToString(CultureInfo.InvariantCulture);

    public static string Time(int? seconds) => seconds is { } s ? $"{s / 60}:{s % 60:00}" : "";

    public static IEnumerable<string> Awards(Prize? prize, Medal? medal) =>
        new[] { prize is { } p ? ResultsText.Prize(p) : null, medal is { } m ? ResultsText.Medal(m) : null }.OfType<string>();

    /// <summary>Award words by enum name, for board.js to label rows it renders (serialised into a data attribute).</summary>
    public static Dictionary<string, string> AwardLabels(Func<string, string> translate) =>
        Enum.GetValues<Prize>().Select(p => (p.ToString(), ResultsText.Prize(p)))
            .Concat(Enum.GetValues<Medal>().Select(m => (m.ToString(), ResultsText.Medal(m))))
            .Where(x => x.Item2 is not null).ToDictionary(x => x.Item1, x => translate(x.Item2!));
}
