using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Campaigns;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Campaigns;

/// <summary>The campaign's overview: particulars (editable until it closes), what starting still needs, start and close.</summary>
public sealed class DetailsModel(IMediator mediator) : PageModel
{
    [BindProperty] public EditCampaignCommand Command { get; set; } = new();

    public CampaignHeader Header { get; private set; } = null!;
    public CampaignDetailsView Campaign { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Command = Editing(Campaign);
    }

    public Task<IActionResult> OnPostEditAsync(int id, CancellationToken ct) =>
        this.SubmitAsync(mediator, Command with { Id = id }, _ => ("竞赛信息已保存。", RedirectToPage(new { id })), () => LoadAsync(id, ct));

    public Task<IActionResult> OnPostStartAsync(int id, CancellationToken ct) => StepAsync(new StartCampaignCommand(id), "竞赛已启动，可以录入考核。", id, ct);

    public Task<IActionResult> OnPostCloseAsync(int id, CancellationToken ct) => StepAsync(new CloseCampaignCommand(id), "竞赛已结束。", id, ct);

    private async Task<IActionResult> StepAsync(IRequest<MediatR.Unit> command, string flash, int id, CancellationToken ct)
    {
        // The step form carries no fields of the edit form; its binding must not count against the step.
        ModelState.Clear();
        return await this.SubmitAsync(mediator, command, _ => (flash, RedirectToPage(new { id })), async () =>
        {
            await LoadAsync(id, ct);
            Command = Editing(Campaign);
        }, prefix: "");
    }

    private static EditCampaignCommand Editing(CampaignDetailsView c) => new()
    {
        Id = c.Id, Version = c.Version, Name = c.Name, Kind = c.Kind, Project = c.Project, Organizer = c.Organizer,
        CollectiveAwards = c.CollectiveAwards, IndividualAwards = c.IndividualAwards, StartsOn = c.StartsOn, EndsOn = c.EndsOn, Cadence = c.Cadence,
    };

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Header = await mediator.Send(new GetCampaignHeaderQuery(id), ct);
        Campaign = await mediator.Send(new GetCampaignQuery(id), ct);
    }
}
