using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Assessments;
using SkillsLadder.Application.Features.Campaigns;
using SkillsLadder.Domain.Labour;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Campaigns.Assessments;

/// <summary>
/// One participant's assessment for one period. Values and counts are typed as text and parsed exactly on the server;
/// a refused or lost save keeps what was typed on the page (after a lost race, with the stored values beside it and the
/// new version taken, so saving again is a deliberate overwrite). Preview scores the typed values without saving.
/// </summary>
public sealed class EntryModel(IMediator mediator) : PageModel
{
    [BindProperty] public int Version { get; set; }
    [BindProperty] public Dictionary<string, string?> Values { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    [BindProperty] public Dictionary<string, string?> Counts { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    [BindProperty] public string? Reason { get; set; }

    public CampaignHeader Header { get; private set; } = null!;
    public AssessmentView Assessment { get; private set; } = null!;
    public IReadOnlyList<AssessmentHistoryItem> History { get; private set; } = [];
    public ScorePreview? Preview { get; private set; }
    /// <summary>The save lost a race: someone else saved first; their stored values are shown beside the typed ones.</summary>
    public bool Stale { get; private set; }

    public async Task OnGetAsync(int id, int periodId, int participantId, CancellationToken ct)
    {
        await LoadAsync(id, periodId, participantId, ct);
        Version = Assessment.Version;
        Values = Assessment.Indicators.Where(i => i.Unit is not null)
            .ToDictionary(i => i.Code, i => i.Value is { } v ? SignedMarks.Show(v) : null, StringComparer.OrdinalIgnoreCase);
        Counts = Assessment.Indicators.SelectMany(i => i.Events)
            .ToDictionary(e => e.Code, e => (string?)e.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, int periodId, int participantId, CancellationToken ct)
    {
        var (saved, _) = await this.TrySendAsync(mediator, SaveCommand(id, periodId, participantId), "Input");
        return saved ? Done("考核数据已保存。", id, periodId, participantId) : await AgainAsync(id, periodId, participantId, ct);
    }

    /// <summary>Save what is typed, then submit: one press for the organizer, two steps on the record.</summary>
    public async Task<IActionResult> OnPostSubmitAsync(int id, int periodId, int participantId, CancellationToken ct)
    {
        var (saved, result) = await this.TrySendAsync(mediator, SaveCommand(id, periodId, participantId), "Input");
        if (saved && (await this.TrySendAsync(mediator, new SubmitAssessmentCommand
                { CampaignId = id, PeriodId = periodId, ParticipantId = participantId, Version = result!.Version }, "Input")).Ok)
            return Done("考核已提交。", id, periodId, participantId);
        return await AgainAsync(id, periodId, participantId, ct);
    }

    public async Task<IActionResult> OnPostPreviewAsync(int id, int periodId, int participantId, CancellationToken ct)
    {
        (_, Preview) = await this.TrySendAsync(mediator, new PreviewAssessmentScoreQuery
        {
            CampaignId = id, PeriodId = periodId, ParticipantId = participantId,
            Values = Values.Select(v => new ValueInput { IndicatorCode = v.Key, Value = v.Value }).ToList(),
            Counts = Counts.Select(c => new CountInput { EventCode = c.Key, Count = c.Value }).ToList(),
        }, "Input");
        return await AgainAsync(id, periodId, participantId, ct);
    }

    public async Task<IActionResult> OnPostReopenAsync(int id, int periodId, int participantId, CancellationToken ct) =>
        (await this.TrySendAsync(mediator, new ReopenAssessmentCommand
            { CampaignId = id, PeriodId = periodId, ParticipantId = participantId, Version = Version, Reason = Reason ?? "" }, "Input")).Ok
            ? Done("考核已退回草稿。", id, periodId, participantId) : await AgainAsync(id, periodId, participantId, ct);

    public async Task<IActionResult> OnPostUploadAsync(int id, int periodId, int participantId, IFormFile? file, string? note, CancellationToken ct)
    {
        if (file is null || file.Length == 0) ModelState.AddModelError("Input.File", "请选择要上传的文件。");
        else if (file.Length > AssessmentEvidence.MaxBytes) ModelState.AddModelError("Input.File", $"文件超过 {AssessmentEvidence.MaxBytes / 1024 / 1024} MB。");
        else
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            if ((await this.TrySendAsync(mediator, new AddEvidenceCommand
                    { CampaignId = id, PeriodId = periodId, ParticipantId = participantId, FileName = file.FileName, Content = buffer.ToArray(), Note = note }, "Input")).Ok)
                return Done("佐证材料已上传。", id, periodId, participantId);
        }
        return await AgainAsync(id, periodId, participantId, ct, keepTyped: false);
    }

    public async Task<IActionResult> OnPostRemoveEvidenceAsync(int id, int periodId, int participantId, int evidenceId, CancellationToken ct) =>
        (await this.TrySendAsync(mediator, new RemoveEvidenceCommand(id, periodId, participantId, evidenceId), "Input")).Ok
            ? Done("佐证材料已删除。", id, periodId, participantId) : await AgainAsync(id, periodId, participantId, ct, keepTyped: false);

    public async Task<IActionResult> OnGetEvidenceAsync(int id, int periodId, int participantId, int evidenceId, CancellationToken ct)
    {
        var file = await mediator.Send(new GetEvidenceFileQuery(id, periodId, participantId, evidenceId), ct);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public IReadOnlyList<string> ErrorsFor(string key) =>
        ModelState.TryGetValue($"Input.{key}", out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];

    private SaveAssessmentCommand SaveCommand(int id, int periodId, int participantId) => new()
    {
        CampaignId = id, PeriodId = periodId, ParticipantId = participantId, Version = Version,
        Values = Values.Select(v => new ValueInput { IndicatorCode = v.Key, Value = v.Value }).ToList(),
        Counts = Counts.Select(c => new CountInput { EventCode = c.Key, Count = c.Value }).ToList(),
    };

    private RedirectToPageResult Done(string flash, int id, int periodId, int participantId)
    {
        TempData["Flash"] = flash;
        return RedirectToPage(new { id, periodId, participantId });
    }

    /// <summary>The same page with the typed values kept; after a lost race, the current version so a second save overwrites knowingly.</summary>
    private async Task<IActionResult> AgainAsync(int id, int periodId, int participantId, CancellationToken ct, bool keepTyped = true)
    {
        if (!keepTyped) await OnGetAsync(id, periodId, participantId, ct);
        else await LoadAsync(id, periodId, participantId, ct);
        if (keepTyped && Assessment.Version != Version)
        {
            Stale = true;
            Version = Assessment.Version;
            ModelState.Remove(nameof(Version));
        }
        return Page();
    }

    private async Task LoadAsync(int id, int periodId, int participantId, CancellationToken ct)
    {
        Header = await mediator.Send(new GetCampaignHeaderQuery(id), ct);
        Assessment = await mediator.Send(new GetAssessmentQuery(id, periodId, participantId), ct);
        History = await mediator.Send(new GetAssessmentHistoryQuery(id, periodId, participantId), ct);
    }
}
