using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Training;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Training;

/// <summary>
/// The attendance roster for the managers: a cell per enrolled worker and day. The form posts every cell; a refusal
/// shows all the bad cells by worker and day, keeps what was typed, and saves nothing.
/// </summary>
public sealed class RosterModel(IMediator mediator) : PageModel
{
    /// <summary>Cells keyed "enrolmentId:yyyy-MM-dd", as the inputs are named.</summary>
    [BindProperty] public Dictionary<string, string?> Cells { get; set; } = [];
    public TrainingRoster Roster { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct) => Roster = await mediator.Send(new GetTrainingRosterQuery(id), ct);

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var cells = Cells.Select(c => (Key: c.Key.Split(':'), c.Value))
            .Where(c => c.Key.Length == 2 && int.TryParse(c.Key[0], out _) && DateOnly.TryParse(c.Key[1], out _))
            .Select(c => new RosterCell(int.Parse(c.Key[0]), DateOnly.Parse(c.Key[1]), c.Value)).ToList();
        var (ok, changed) = await this.TrySendAsync(mediator, new SaveTrainingRosterCommand(id, cells), prefix: "Roster");
        if (ok)
        {
            TempData["Flash"] = changed == 0 ? "考勤没有改动。" : "考勤已保存。";
            return Redirect($"/Training/Roster/{id}");
        }
        Roster = await mediator.Send(new GetTrainingRosterQuery(id), ct);
        return Page();
    }

    /// <summary>What a cell shows: the typed value after a refusal, else the recorded hours.</summary>
    public string? Cell(RosterRow row, DateOnly day) =>
        Cells.TryGetValue(Key(row.EnrolmentId, day), out var typed) ? typed : row.Hours.GetValueOrDefault(day);

    public static string Key(int enrolmentId, DateOnly day) => $"{enrolmentId}:{day:yyyy-MM-dd}";
}
