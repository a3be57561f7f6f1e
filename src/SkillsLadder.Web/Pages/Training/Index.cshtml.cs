using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Reference;
using SkillsLadder.Application.Features.Training;
using SkillsLadder.Domain.Ladder;
using SkillsLadder.Domain.Training;
using SkillsLadder.Web.Pages.Shared;

namespace SkillsLadder.Web.Pages.Training;

/// <summary>Training programmes for everyone signed in, filtered by occupation, tier and status; managers get "new programme".</summary>
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Occupation { get; set; }
    [BindProperty(SupportsGet = true)] public TalentTier? Tier { get; set; }
    [BindProperty(SupportsGet = true)] public ProgrammeStatus? Status { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public PagedList<TrainingProgrammeItem> Result { get; private set; } = null!;
    public ReferenceData Reference { get; private set; } = null!;
    public bool MayManage => user.IsTrainingManager();

    public PagerModel Pager => new(Result.Page, Result.PageCount, Result.TotalCount, Request.Path, new Dictionary<string, string?>
    {
        ["occupation"] = Occupation?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["tier"] = Tier?.ToString(), ["status"] = Status?.ToString(),
    });

    public async Task OnGetAsync(CancellationToken ct)
    {
        Reference = await mediator.Send(new GetReferenceDataQuery(), ct);
        Result = await mediator.Send(new ListTrainingProgrammesQuery { OccupationId = Occupation, Tier = Tier, Status = Status, Page = PageNumber }, ct);
    }
}
