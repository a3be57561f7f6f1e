using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Common;
using SkillsLadder.Application.Features.Enterprises;
using SkillsLadder.Application.Features.Workers;
using SkillsLadder.Data.Identity;

namespace SkillsLadder.Web.Pages;

/// <summary>Each role's home: the directory for those who keep it, a worker's own record, a judge's assignments.</summary>
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : PageModel
{
    public string Home { get; private set; } = "";
    public int EnterpriseCount { get; private set; }
    public int WorkerCount { get; private set; }
    public WorkerDetails? Me { get; private set; }
    public Application.Features.Ladder.WorkerProgressView? MyProgress { get; private set; }
    public IReadOnlyList<Application.Features.Competitions.CompetitionListItem> MyCompetitions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (user.CanBrowseDirectory())
        {
            Home = "directory";
            EnterpriseCount = (await mediator.Send(new ListEnterprisesQuery { PageSize = 1 }, ct)).TotalCount;
            WorkerCount = (await mediator.Send(new ListWorkersQuery { PageSize = 1 }, ct)).TotalCount;
        }
        else if (user.WorkerId is { } workerId)
        {
            Home = "worker";
            Me = await mediator.Send(new GetWorkerQuery(workerId), ct);
            MyProgress = await mediator.Send(new Application.Features.Ladder.GetWorkerProgressQuery(workerId), ct);
        }
        else if (user.IsInRole(AppRoles.Judge))
        {
            Home = "judge";
            MyCompetitions = (await mediator.Send(new Application.Features.Competitions.ListCompetitionsQuery { PageSize = 50 }, ct)).Items;
        }
        else Home = "none";
    }
}
