using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Competitions;

[Authorize(Policy = AuthSetup.CompetitionPolicy)]
public sealed class SchemeModel(IMediator mediator) : PageModel
{
    public CompetitionHeader Header { get; private set; } = null!;
    public SchemeView Scheme { get; private set; } = null!;
    public IReadOnlyList<CompetitionListItem> Others { get; private set; } = [];

    public Task OnGetAsync(int id, CancellationToken ct) => LoadAsync(id, ct);

    public async Task<IActionResult> OnPostCopyAsync(int id, int fromCompetitionId, CancellationToken ct)
    {
        var (ok, _) = await this.TrySendAsync(mediator, new CopySchemeCommand(id, fromCompetitionId), prefix: "");
        return await AfterAsync(ok, id, "已沿用所选竞赛的评分方案。", ct);
    }

    public async Task<IActionResult> OnPostImportAsync(int id, int version, IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0) ModelState.AddModelError("File", "请选择要导入的 .xlsx 或 .csv 文件。");
        else
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var (ok, _) = await this.TrySendAsync(mediator, new ImportSchemeCommand(id, version, file.FileName, buffer.ToArray()), prefix: "");
            return await AfterAsync(ok, id, "评分方案已导入。", ct);
        }
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(int id, CancellationToken ct) =>
        File(await mediator.Send(new ExportSchemeQuery(id), ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"scheme-{id}.xlsx");

    private async Task<IActionResult> AfterAsync(bool ok, int id, string flash, CancellationToken ct)
    {
        if (ok)
        {
            TempData["Flash"] = flash;
            return RedirectToPage(new { id });
        }
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Header = await mediator.Send(new GetCompetitionHeaderQuery(id), ct);
        Scheme = await mediator.Send(new GetSchemeQuery(id), ct);
        if (Header.IsOrganizer)
            Others = (await mediator.Send(new ListCompetitionsQuery { PageSize = 100 }, ct)).Items.Where(c => c.Id != id).ToList();
    }
}
