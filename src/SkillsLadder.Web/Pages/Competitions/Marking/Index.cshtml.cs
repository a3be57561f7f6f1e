using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Application.Features.Scoring;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Competitions.Marking;

/// <summary>The marking overview: a judge's own entrants per panel, or the chief judge's and organizers' matrix.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public CompetitionHeader Header { get; private set; } = null!;
    public MarkingOverview Overview { get; private set; } = null!;

    public Task OnGetAsync(int id, CancellationToken ct) => LoadAsync(id, ct);

    public Task<IActionResult> OnPostVerifyAllAsync(int id, int? panelId, CancellationToken ct) =>
        this.SubmitAsync(mediator, new VerifyAllCommand { CompetitionId = id, PanelId = panelId }, result =>
            (Summary(result), RedirectToPage(new { id })), () => LoadAsync(id, ct));

    /// <summary>The flash after a bulk verification: how many, and each skipped sheet with its reason.</summary>
    private static string Summary(VerifyAllResult result) =>
        $"已复核 {result.Verified} 张评分表。" + (result.Skipped.Count == 0 ? "" :
            $" 跳过 {result.Skipped.Count} 张：" + string.Join("；", result.Skipped.Select(s =>
                $"{s.Bib} 号{(s.JudgeName is null ? "理论成绩" : " " + s.JudgeName)}（{s.Reason}）")));

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Header = await mediator.Send(new GetCompetitionHeaderQuery(id), ct);
        Overview = await mediator.Send(new GetMarkingOverviewQuery(id), ct);
    }
}
