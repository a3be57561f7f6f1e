using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Application.Features.Scoring;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Competitions.Marking;

/// <summary>
/// One judge's sheet, made for speed at a venue. A save that lost a race keeps what the user typed, shows what is
/// stored now beside it, and takes the new version, so pressing Save again is a deliberate overwrite.
/// </summary>
public sealed class SheetModel(IMediator mediator) : PageModel
{
    /// <summary>Whose sheet: set by scribes and the chief judge; a judge's own sheet needs none.</summary>
    [BindProperty(SupportsGet = true)] public int? JudgeId { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public Dictionary<string, string?> Values { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    [BindProperty] public string? Reason { get; set; }

    public CompetitionHeader Header { get; private set; } = null!;
    public SheetView Sheet { get; private set; } = null!;
    public SheetHistory? History { get; private set; }
    /// <summary>The save was refused because someone else saved first; the stored values are shown beside the typed ones.</summary>
    public bool Stale { get; private set; }

    public async Task OnGetAsync(int id, int panelId, int entrantId, CancellationToken ct)
    {
        await LoadAsync(id, panelId, entrantId, ct);
        Version = Sheet.Version;
        Values = Sheet.Aspects.ToDictionary(a => a.Code, a => (string?)SheetText.Number(a.Value), StringComparer.OrdinalIgnoreCase);
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, int panelId, int entrantId, CancellationToken ct)
    {
        var (saved, _) = await this.TrySendAsync(mediator, SaveCommand(id, panelId, entrantId), "Input");
        return saved ? Done("评分已保存。", id, panelId, entrantId) : await AgainAsync(id, panelId, entrantId, ct);
    }

    /// <summary>Save what is typed, then submit: one key press for the judge, two steps for the record.</summary>
    public async Task<IActionResult> OnPostSubmitAsync(int id, int panelId, int entrantId, CancellationToken ct)
    {
        var (saved, result) = await this.TrySendAsync(mediator, SaveCommand(id, panelId, entrantId), "Input");
        if (saved && (await this.TrySendAsync(mediator, new SubmitSheetCommand
                { CompetitionId = id, PanelId = panelId, EntrantId = entrantId, JudgeId = JudgeId, Version = result!.Version }, "Input")).Ok)
            return Done("评分表已提交。", id, panelId, entrantId);
        return await AgainAsync(id, panelId, entrantId, ct);
    }

    public Task<IActionResult> OnPostReopenAsync(int id, int panelId, int entrantId, CancellationToken ct) =>
        StepAsync(new ReopenSheetCommand { CompetitionId = id, PanelId = panelId, EntrantId = entrantId, JudgeId = JudgeId, Version = Version, Reason = Reason },
            "评分表已退回草稿。", id, panelId, entrantId, ct);

    public Task<IActionResult> OnPostVerifyAsync(int id, int panelId, int entrantId, CancellationToken ct) =>
        StepAsync(new VerifySheetCommand { CompetitionId = id, PanelId = panelId, EntrantId = entrantId, JudgeId = JudgeId, Version = Version },
            "评分表已复核。", id, panelId, entrantId, ct);

    public Task<IActionResult> OnPostUnlockAsync(int id, int panelId, int entrantId, CancellationToken ct) =>
        StepAsync(new UnlockSheetCommand { CompetitionId = id, PanelId = panelId, EntrantId = entrantId, JudgeId = JudgeId, Version = Version, Reason = Reason ?? "" },
            "评分表已解锁，回到草稿。", id, panelId, entrantId, ct);

    public IReadOnlyList<string> ErrorsFor(string code) =>
        ModelState.TryGetValue($"Input.Entries[{code}]", out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];

    private SaveMarksCommand SaveCommand(int id, int panelId, int entrantId) => new()
    {
        CompetitionId = id, PanelId = panelId, EntrantId = entrantId, JudgeId = JudgeId, Version = Version,
        Entries = Values.Select(v => new MarkInput { AspectCode = v.Key, Value = v.Value }).ToList(),
    };

    private async Task<IActionResult> StepAsync<T>(IRequest<T> command, string flash, int id, int panelId, int entrantId, CancellationToken ct) =>
        (await this.TrySendAsync(mediator, command, "Input")).Ok ? Done(flash, id, panelId, entrantId) : await AgainAsync(id, panelId, entrantId, ct);

    private RedirectToPageResult Done(string flash, int id, int panelId, int entrantId)
    {
        TempData["Flash"] = flash;
        return RedirectToPage(new { id, panelId, entrantId, judgeId = JudgeId });
    }

    /// <summary>The same page with the typed values kept; after a lost race, the current version so a second Save overwrites knowingly.</summary>
    private async Task<IActionResult> AgainAsync(int id, int panelId, int entrantId, CancellationToken ct)
    {
        await LoadAsync(id, panelId, entrantId, ct);
        if (Sheet.Version != Version)
        {
            Stale = true;
            Version = Sheet.Version;
            ModelState.Remove(nameof(Version));
        }
        return Page();
    }

    private async Task LoadAsync(int id, int panelId, int entrantId, CancellationToken ct)
    {
        Header = await mediator.Send(new GetCompetitionHeaderQuery(id), ct);
        Sheet = await mediator.Send(new GetSheetQuery(id, panelId, entrantId, JudgeId), ct);
        if (Sheet.SeesAllValues && Sheet.SheetId is { } sheetId)
            History = await mediator.Send(new GetSheetHistoryQuery(id, sheetId), ct);
    }
}
