using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Reference;
using SkillsLadder.Application.Features.Titles;
using SkillsLadder.Domain.Training;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Admin;

/// <summary>
/// The level ↔ title table (职业技能等级与职称比照), edited and saved whole. Two blank rows let an admin add levels
/// without script; rows left blank are dropped, so clearing a row's title removes it.
/// </summary>
public sealed class TitlesModel(IMediator mediator) : PageModel
{
    public sealed class RowInput
    {
        public int? LevelRank { get; set; }
        public TitleGrade? Grade { get; set; }
        public string? Title { get; set; }
    }

    [BindProperty] public List<RowInput> Rows { get; set; } = [];
    public IReadOnlyList<SkillLevelOption> Levels { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var table = await mediator.Send(new GetTitleEquivalencesQuery(), ct);
        Rows = [.. table.Select(t => new RowInput { LevelRank = t.LevelRank, Grade = t.Grade, Title = t.Title }), new(), new()];
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A row counts once anything is typed in it; the validator then names what is missing.
        var filled = Rows.Where(r => r.LevelRank is not null || !string.IsNullOrWhiteSpace(r.Title)).ToList();
        Rows = filled;
        var command = new ReplaceTitleEquivalencesCommand(filled.Select(r => new TitleEquivalenceInput(r.LevelRank ?? 0, r.Grade ?? 0, r.Title ?? "")).ToList());
        return await this.SubmitAsync(mediator, command, _ => ("职称比照表已保存。", RedirectToPage()), async () =>
        {
            Rows = [.. Rows, new()];
            await LoadAsync(ct);
        }, prefix: "");
    }

    private async Task LoadAsync(CancellationToken ct) => Levels = (await mediator.Send(new GetReferenceDataQuery(), ct)).SkillLevels;
}
