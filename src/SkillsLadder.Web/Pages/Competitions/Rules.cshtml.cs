using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Application.Features.Ranking;
using SkillsLadder.Application.Features.Reference;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Competitions;

[Authorize(Policy = AuthSetup.OrganizerPolicy)]
public sealed class RulesModel(IMediator mediator) : PageModel
{
    [BindProperty] public SetRankingRulesCommand Command { get; set; } = new();
    /// <summary>Tie-breaks as posted: one select per step, empty ones dropped.</summary>
    [BindProperty] public List<string?> Chain { get; set; } = [];
    public CompetitionHeader Header { get; private set; } = null!;
    public ReferenceData Reference { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        var c = await mediator.Send(new GetCompetitionQuery(id), ct);
        Command = SetRankingRulesCommand.From(id, c.Version, c.RankingRules, c.PromotionCapLevelId);
        Chain = Command.TieBreaks.Select(t => (string?)t.ToString()).ToList();
        await LoadAsync(id, ct);
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var chain = Chain.Where(c => !string.IsNullOrEmpty(c)).Select(c => Enum.Parse<Domain.Ranking.TieBreak>(c!)).ToList();
        return this.SubmitAsync(mediator, Command with { CompetitionId = id, TieBreaks = chain },
            _ => ("排名规则已保存。", RedirectToPage("Details", new { id })), () => LoadAsync(id, ct));
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Header = await mediator.Send(new GetCompetitionHeaderQuery(id), ct);
        Reference = await mediator.Send(new GetReferenceDataQuery(), ct);
    }
}
