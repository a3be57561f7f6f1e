using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Application.Features.Reference;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Competitions;

[Authorize(Policy = AuthSetup.OrganizerPolicy)]
public sealed class EditModel(IMediator mediator) : PageModel
{
    [BindProperty] public EditCompetitionCommand Command { get; set; } = new();
    public CompetitionHeader Header { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        var c = await mediator.Send(new GetCompetitionQuery(id), ct);
        Command = new EditCompetitionCommand
        {
            Id = id, Version = c.Version, Name = c.Name, Level = c.Level, Class = c.Class, OccupationId = c.OccupationId, IndustryId = c.IndustryId,
            Theme = c.Theme, Organizer = c.Organizer, StartsOn = c.StartsOn, EndsOn = c.EndsOn, Venue = c.Venue, TeamSize = c.TeamSize,
            OccupationMustMatch = c.Eligibility.OccupationMustMatch, MinimumLevelId = c.Eligibility.MinimumLevelId,
            MaximumLevelId = c.Eligibility.MaximumLevelId, MinimumYearsInPost = c.Eligibility.MinimumYearsInPost,
            HonourCoolingOffYears = c.Eligibility.HonourCoolingOffYears, MinimumTitleGrade = c.Eligibility.MinimumTitleGrade,
        };
        await LoadAsync(id, ct);
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken ct) =>
        this.SubmitAsync(mediator, Command with { Id = id }, _ => ("竞赛信息已保存。", RedirectToPage("Details", new { id })), () => LoadAsync(id, ct));

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Header = await mediator.Send(new GetCompetitionHeaderQuery(id), ct);
        ViewData["Reference"] = await mediator.Send(new GetReferenceDataQuery(), ct);
    }
}
