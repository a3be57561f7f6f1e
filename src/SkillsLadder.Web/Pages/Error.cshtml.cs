using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SkillsLadder.Web.Pages;

/// <summary>The friendly page for every failed page request: what went wrong in words, plus a trace id for support.</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "出错了";
    public string Message { get; private set; } = "";
    public string? TraceId { get; private set; }

    public void OnGet(int? status) => Describe(status);
    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        (Title, Message) = status switch
        {
            400 => ("请求无效", "请求的格式不正确。"),
            403 => ("无权访问", "您没有查看此页面的权限。"),
            404 => ("未找到", "您要找的页面或记录不存在。"),
            _ => ("出错了", "处理请求时出错，请稍后重试。"),
        };
        // Reached by a redirect (access denied) or a re-execution: either way the answer carries the real status.
        if (status is >= 400 and < 600) Response.StatusCode = status.Value;
        if (status is null or >= 500) TraceId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
    }
}
