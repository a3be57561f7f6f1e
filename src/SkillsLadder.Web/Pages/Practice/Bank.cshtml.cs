using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common.Tables;
using SkillsLadder.Application.Features.Practice;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Practice;

/// <summary>
/// One bank: its questions, and an import in two steps (upload → preview with row numbers and errors → confirm). As
/// on the entrant import, the file travels back in a hidden base64 field and the confirm step re-checks it in full.
/// </summary>
[RequestFormLimits(ValueLengthLimit = KeptLimit, MultipartBodyLengthLimit = 2 * KeptLimit)]
public sealed class BankModel(IMediator mediator) : PageModel
{
    private const int KeptLimit = (TabularFile.MaximumBytes + 2) / 3 * 4 + 1024;

    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Kept { get; set; }
    [BindProperty] public string? FileName { get; set; }
    public QuestionBankDetails Bank { get; private set; } = null!;
    public QuestionImportResult? Preview { get; private set; }

    public async Task OnGetAsync(int id, CancellationToken ct) => Bank = await mediator.Send(new GetQuestionBankQuery(id), ct);

    public IActionResult OnGetTemplate() => File(QuestionImportFile.Template(), QuestionImportFile.ContentType, QuestionImportFile.TemplateFileName);

    public async Task<IActionResult> OnPostPreviewAsync(int id, CancellationToken ct)
    {
        Bank = await mediator.Send(new GetQuestionBankQuery(id), ct);
        if (Upload is null || Upload.Length == 0 || Upload.Length > TabularFile.MaximumBytes)
        {
            ModelState.AddModelError("Import.File", $"请选择不超过 {TabularFile.MaximumBytes / 1024 / 1024} MB 的文件。");
            return Page();
        }
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, ct);
        (Kept, FileName) = (Convert.ToBase64String(buffer.ToArray()), Path.GetFileName(Upload.FileName));
        (_, Preview) = await this.TrySendAsync(mediator, Command(id, buffer.ToArray(), dryRun: true), prefix: "Import");
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(int id, CancellationToken ct)
    {
        byte[]? content = null;
        try { content = Kept is { Length: <= KeptLimit } ? Convert.FromBase64String(Kept) : null; }
        catch (FormatException) { }
        if (content is not null)
        {
            var (ok, result) = await this.TrySendAsync(mediator, Command(id, content, dryRun: false), prefix: "Import");
            if (ok)
            {
                TempData["Flash"] = $"已导入 {result!.QuestionCount} 题。";
                return RedirectToPage(new { id });
            }
        }
        else ModelState.AddModelError("Import.File", "请重新上传文件。");
        Bank = await mediator.Send(new GetQuestionBankQuery(id), ct);
        return Page();
    }

    private ImportQuestionsCommand Command(int id, byte[] content, bool dryRun) =>
        new() { BankId = id, FileName = FileName ?? "", Content = content, DryRun = dryRun };
}
