using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common.Tables;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Application.Features.Registration;
using SkillsLadder.Data.Identity;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Competitions.Entrants;

/// <summary>
/// Upload → preview (row numbers, the worker found, the bib, every error) → confirm. Between the two steps the file
/// travels back to the browser in a hidden base64 field, so nothing is held on the server; the confirm step re-reads
/// and re-checks it in full, so an altered field gains nothing that a fresh upload would not.
/// </summary>
[Authorize(Roles = AppRoles.Admin + "," + AppRoles.Organizer)]
// The kept file comes back as one form value: 5 MB as base64 is about 6.7 MB, above the 4 MB default.
[RequestFormLimits(ValueLengthLimit = KeptLimit, MultipartBodyLengthLimit = 2 * KeptLimit)]
public sealed class ImportModel(IMediator mediator) : PageModel
{
    private const int KeptLimit = (TabularFile.MaximumBytes + 2) / 3 * 4 + 1024;

    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Kept { get; set; }
    [BindProperty] public string? FileName { get; set; }

    public CompetitionHeader Header { get; private set; } = null!;
    public EntrantImportResult? Preview { get; private set; }

    public async Task OnGetAsync(int id, CancellationToken ct) => Header = await mediator.Send(new GetCompetitionHeaderQuery(id), ct);

    public IActionResult OnGetTemplate() =>
        File(EntrantImportFile.Template(), EntrantImportFile.ContentType, EntrantImportFile.TemplateFileName);

    public async Task<IActionResult> OnPostPreviewAsync(int id, CancellationToken ct)
    {
        Header = await mediator.Send(new GetCompetitionHeaderQuery(id), ct);
        if (Upload is null || Upload.Length == 0) ModelState.AddModelError("Import.File", "请选择要导入的文件。");
        else if (Upload.Length > TabularFile.MaximumBytes) ModelState.AddModelError("Import.File", $"文件不能超过 {TabularFile.MaximumBytes / 1024 / 1024} MB。");
        else
        {
            using var buffer = new MemoryStream();
            await Upload.CopyToAsync(buffer, ct);
            (Kept, FileName) = (Convert.ToBase64String(buffer.ToArray()), Path.GetFileName(Upload.FileName));
            await PreviewAsync(id, buffer.ToArray());
        }
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(int id, CancellationToken ct)
    {
        Header = await mediator.Send(new GetCompetitionHeaderQuery(id), ct);
        var content = Decode(Kept);
        if (content is null)
        {
            ModelState.AddModelError("Import.File", "请重新上传文件。");
            return Page();
        }
        // Preview again first: if anything changed since (someone else registered), the table shows what and where.
        if (!await PreviewAsync(id, content) || Preview!.RowsWithErrors > 0)
        {
            ModelState.AddModelError(string.Empty, "文件有错误，未导入任何人员。请修改后重新上传。");
            return Page();
        }
        var (ok, result) = await this.TrySendAsync(mediator, Command(id, content, dryRun: false), prefix: "Import");
        if (!ok) return Page();
        TempData["Flash"] = $"已导入 {result!.EntrantCount} 个报名。";
        return RedirectToPage("Index", new { id });
    }

    private async Task<bool> PreviewAsync(int id, byte[] content)
    {
        var (ok, preview) = await this.TrySendAsync(mediator, Command(id, content, dryRun: true), prefix: "Import");
        Preview = preview;
        return ok;
    }

    private ImportEntrantsCommand Command(int id, byte[] content, bool dryRun) =>
        new() { CompetitionId = id, FileName = FileName ?? "", Content = content, DryRun = dryRun };

    private static byte[]? Decode(string? kept)
    {
        if (string.IsNullOrEmpty(kept) || kept.Length > KeptLimit) return null;
        try { return Convert.FromBase64String(kept); }
        catch (FormatException) { return null; }
    }
}
