using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace SkillsLadder.Web.Infrastructure;

/// <summary>
/// Error messages in the reader's language. Messages are Chinese keys: a fixed one is looked up as it is; one with
/// values in it ("文件“a.xlsx”…") through the entry whose key has {0}, {1}… where the values stand, so the values
/// carry over into the English text.
/// </summary>
public static class MessageText
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<(Regex Key, string Value)>> Templates = new();

    public static string Translate(this IStringLocalizer text, string message)
    {
        var direct = text[message];
        if (!direct.ResourceNotFound || !Bilingual.IsEnglish) return direct.Value;
        var templates = Templates.GetOrAdd(System.Globalization.CultureInfo.CurrentUICulture.Name, _ => text.GetAllStrings(false)
            .Where(s => s.Name.Contains("{0}"))
            .Select(s => (new Regex("^" + Regex.Replace(Regex.Escape(s.Name), @"\\\{(\d)}", "(?<a$1>.+?)") + "$", RegexOptions.Singleline), s.Value))
            .ToList());
        foreach (var (key, value) in templates)
        {
            var match = key.Match(message);
            if (!match.Success) continue;
            var values = Enumerable.Range(0, 10).TakeWhile(i => match.Groups[$"a{i}"].Success).Select(i => (object)match.Groups[$"a{i}"].Value).ToArray();
            return string.Format(value, values);
        }
        return message;
    }
}
