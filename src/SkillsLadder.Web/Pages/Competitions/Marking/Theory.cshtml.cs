using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common.Tables;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Application.Features.Scoring;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Competitions.Marking;

/// <summary>
/// Theory results upload: preview first, then confirm. The previewed file rides along in the form (base64) so the
/// confirmation commits exactly what was previewed; the server checks it all again either way.
/// </summary>
public sealed class TheoryModel(IMediator mediator) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? FileName { get; set; }
    [BindProperty] public string? FileContent { get; set; }

    public CompetitionHeader Header { get; private set; } = null!;
    public TheoryImportResult? Preview { get; private set; }

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Header.EnsureOrganizerPage();
    }

    public async Task<IActionResult> OnPostPreviewAsync(int id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        if (Upload is null || Upload.Length == 0) ModelState.AddModelError("Input.File", "请选择要导入的成绩文件。");
        else if (Upload.Length > TabularFile.MaximumBytes) ModelState.AddModelError("Input.File", $"文件不能超过 {TabularFile.MaximumBytes / 1024 / 1024} MB。");
        else
        {
            using var buffer = new MemoryStream();
            await Upload.CopyToAsync(buffer, ct);
            (FileName, FileContent) = (Upload.FileName, Convert.ToBase64String(buffer.ToArray()));
            var (ok, preview) = await this.TrySendAsync(mediator, Command(id, dryRun: true), "Input");
            if (ok) Preview = preview;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync(int id, CancellationToken ct)
    {
        var (ok, result) = await this.TrySendAsync(mediator, Command(id, dryRun: false), "Input");
        if (ok)
        {
            TempData["Flash"] = $"理论成绩已导入：新增 {result!.Created} 人，更新 {result.Updated} 人，未变 {result.Unchanged} 人。";
            return RedirectToPage(new { id });
        }
        await LoadAsync(id, ct);
        return Page();
    }

    public IEnumerable<string> FileErrors =>
        ModelState.TryGetValue("Input.File", out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];

    private ImportTheoryResultsCommand Command(int id, bool dryRun) => new()
    {
        CompetitionId = id, FileName = FileName ?? "", DryRun = dryRun,
        Content = Decode(FileContent),
    };

    /// <summary>A tampered field reads as an empty file, which the import refuses with its own message.</summary>
    private static byte[] Decode(string? base64)
    {
        try { return base64 is null ? [] : Convert.FromBase64String(base64); }
        catch (FormatException) { return []; }
    }

    private async Task LoadAsync(int id, CancellationToken ct) => Header = await mediator.Send(new GetCompetitionHeaderQuery(id), ct);
}

public static class HeaderChecks
{
    /// <summary>No upload form for those who could never use it (the command refuses them too).</summary>
    public static void EnsureOrganizerPage(this CompetitionHeader header)
    {
        if (!header.IsOrganizer) throw new Application.Common.ForbiddenException("只有竞赛组织者可以导入理论成绩。");
    }
}
