using System.Globalization;

namespace SkillsLadder.Web.Infrastructure;

/// <summary>Data kept in both languages (level names) shown in the reader's.</summary>
public static class Bilingual
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string? Pick(string? zh, string? en) => IsEnglish && !string.IsNullOrEmpty(en) ? en : zh;
}
