using Microsoft.AspNetCore.WebUtilities;

namespace SkillsLadder.Web.Pages.Shared;

public sealed record PagerModel(int Page, int PageCount, int TotalCount, string Path, IReadOnlyDictionary<string, string?> Filters)
{
    public string Link(int page)
    {
        var query = Filters.Where(f => !string.IsNullOrEmpty(f.Value)).ToDictionary(f => f.Key, f => f.Value);
        query["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString(Path, query);
    }
}
