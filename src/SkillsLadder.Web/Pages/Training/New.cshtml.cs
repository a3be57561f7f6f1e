using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Reference;
using SkillsLadder.Application.Features.Training;
using SkillsLadder.Domain.Pay;
using SkillsLadder.Web.Infrastructure;

namespace SkillsLadder.Web.Pages.Training;

/// <summary>
/// Sets up a programme, or edits one (?id=): the managers only. Money is typed in yuan; an edit carries the version
/// read, so a programme changed meanwhile is refused with a message rather than overwritten.
/// </summary>
public sealed class NewModel(IMediator mediator, ICurrentUser user, TimeProvider clock) : PageModel
{
    [BindProperty] public SaveTrainingProgrammeCommand Command { get; set; } = new();
    public ReferenceData Reference { get; private set; } = null!;

    public async Task OnGetAsync(int? id, CancellationToken ct)
    {
        user.EnsureTrainingManager();
        if (id is { } existing)
        {
            var p = await mediator.Send(new GetTrainingProgrammeQuery(existing), ct);
            Command = new SaveTrainingProgrammeCommand
            {
                Id = p.Id, Version = p.Version, Title = p.Title, OccupationId = p.OccupationId, TargetTier = p.TargetTier, Provider = p.Provider,
                Hours = p.Hours, Assessment = p.Assessment, Capacity = p.Capacity, StartsOn = p.StartsOn, EndsOn = p.EndsOn,
                Cost = Money.Yuan(p.CostFen).Replace(",", ""), Subsidy = Money.Yuan(p.SubsidyFen).Replace(",", ""), IsApproved = p.IsApproved,
            };
        }
        else
        {
            var start = clock.Today().AddDays(30);
            Command = new SaveTrainingProgrammeCommand { StartsOn = start, EndsOn = start.AddDays(4), Hours = 40, Capacity = 30 };
        }
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        this.SubmitAsync(mediator, Command, id => (Command.Id is null ? "培训项目已创建。" : "培训项目已保存。", Redirect($"/Training/Details/{id}")),
            () => LoadAsync(ct));

    private async Task LoadAsync(CancellationToken ct) => Reference = await mediator.Send(new GetReferenceDataQuery(), ct);
}
