using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Application.Features.Judging;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Competitions;

[Authorize(Policy = AuthSetup.CompetitionPolicy)]
public sealed class JudgesModel(IMediator mediator) : PageModel
{
    public CompetitionHeader Header { get; private set; } = null!;
    public JudgingView Judging { get; private set; } = null!;
    public SchemeView Scheme { get; private set; } = null!;

    public Task OnGetAsync(int id, CancellationToken ct) => LoadAsync(id, ct);

    public Task<IActionResult> OnPostAddJudgeAsync(int id, int userId, bool isChief, CancellationToken ct) =>
        SendAsync(id, new AddJudgeCommand(id, userId, isChief), "裁判已加入，回避关系已检测。", ct);

    public Task<IActionResult> OnPostRemoveJudgeAsync(int id, int judgeId, CancellationToken ct) =>
        SendAsync(id, new RemoveJudgeCommand(id, judgeId), "裁判已移出。", ct);

    public Task<IActionResult> OnPostPanelAsync(int id, int? panelId, string? name, int[] judgeIds, int[] criterionIds, CancellationToken ct) =>
        SendAsync(id, new SavePanelCommand(id, panelId, name ?? "", judgeIds, criterionIds), "评分组已保存。", ct);

    public Task<IActionResult> OnPostDetectAsync(int id, CancellationToken ct) =>
        SendAsync(id, new DetectConflictsCommand(id), "已重新检测回避关系。", ct);

    public Task<IActionResult> OnPostDeclareAsync(int id, int entrantId, string? note, int? judgeId, CancellationToken ct) =>
        SendAsync(id, new DeclareConflictCommand(id, entrantId, note ?? "", judgeId), "回避已登记。", ct);

    public Task<IActionResult> OnPostReviewAsync(int id, int conflictId, bool isConflict, string? note, CancellationToken ct) =>
        SendAsync(id, new ReviewConflictCommand(id, conflictId, isConflict, note), "复核结果已记录。", ct);

    private async Task<IActionResult> SendAsync<T>(int id, IRequest<T> command, string flash, CancellationToken ct)
    {
        var (ok, _) = await this.TrySendAsync(mediator, command, prefix: "");
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
        Judging = await mediator.Send(new GetJudgingQuery(id), ct);
        Scheme = await mediator.Send(new GetSchemeQuery(id), ct);
    }
}
