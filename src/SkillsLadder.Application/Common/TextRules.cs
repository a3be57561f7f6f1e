using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace SkillsLadder.Application.Common;

/// <summary>Rules every piece of text a user sends must keep, wherever it is parsed.</summary>
public static class TextRules
{
    public const string ControlCharacterMessage = "不能含有控制字符（如 \\u0000）。";

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>
    /// C0 and C1 control characters other than tab, line feed and carriage return: "20\u0000" is not a mark, and such
    /// characters in names end up in exports and logs where they break or hide things.
    /// </summary>
    public static bool HasControlCharacters(string? text) =>
        text is not null && text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'));

    /// <summary>
    /// The fields of a request (its strings, and those of the records and lists it holds) that carry control characters,
    /// by the path a client spells them with ("Entries[0].Value", "Values[A1]").
    /// </summary>
    public static IEnumerable<string> FieldsWithControlCharacters(object request) => Walk(request, "", 0);

    private static IEnumerable<string> Walk(object? value, string path, int depth)
    {
        switch (value)
        {
            case null: yield break;
            case string text:
                if (HasControlCharacters(text)) yield return path;
                yield break;
            case IDictionary dictionary when depth < 6:
                foreach (DictionaryEntry entry in dictionary)
                {
                    var key = entry.Key.ToString() ?? "";
                    var at = $"{path}[{key}]";
                    if (HasControlCharacters(key)) yield return at;
                    foreach (var found in Walk(entry.Value, at, depth + 1)) yield return found;
                }
                yield break;
            case IEnumerable items when value is not byte[] && depth < 6:
                var index = 0;
                foreach (var item in items)
                {
                    foreach (var found in Walk(item, $"{path}[{index}]", depth + 1)) yield return found;
                    if (++index > 100_000) yield break;
                }
                yield break;
        }
        var type = value.GetType();
        // Only our own requests and records are walked: framework types (streams, dates) hold no user text.
        if (depth >= 6 || type.IsPrimitive || type.IsEnum || type.Namespace?.StartsWith("SkillsLadder", StringComparison.Ordinal) != true) yield break;
        foreach (var property in Properties.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.CanRead && p.GetIndexParameters().Length == 0).ToArray()))
        foreach (var found in Walk(property.GetValue(value), path.Length == 0 ? property.Name : $"{path}.{property.Name}", depth + 1))
            yield return found;
    }
}
