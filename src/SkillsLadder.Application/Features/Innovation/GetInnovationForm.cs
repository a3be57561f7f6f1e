using MediatR;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Domain.Labour;

namespace SkillsLadder.Application.Features.Innovation;

/// <summary>
/// What the submission form offers for one worker (null: the signed-in worker): the co-authors already chosen, up to
/// <see cref="MaxMatches"/> colleagues of the same enterprise whose name matches the search (a worker cannot browse the
/// directory, yet must find the colleagues they worked with), and the running campaign teams the entry may count for.
/// </summary>
public sealed record GetInnovationFormQuery(int? WorkerId, string? ColleagueSearch = null, IReadOnlyList<int>? CoAuthorIds = null)
    : IRequest<InnovationForm>
{
    public const int MaxMatches = 20;
}

public sealed record InnovationForm(int WorkerId, string WorkerName, string EnterpriseName, IReadOnlyList<ColleagueOption> CoAuthors,
    IReadOnlyList<ColleagueOption> Matches, IReadOnlyList<TeamOption> Teams);

public sealed record ColleagueOption(int WorkerId, string FullName, string OccupationName);

public sealed record TeamOption(int CampaignId, string CampaignName, int ParticipantId, string ParticipantName, ParticipantKind Kind);

public sealed class GetInnovationFormHandler(SkillsLadderDbContext db, ICurrentUser user) : IRequestHandler<GetInnovationFormQuery, InnovationForm>
{
    public async Task<InnovationForm> Handle(GetInnovationFormQuery request, CancellationToken cancellationToken)
    {
        var workerId = request.WorkerId ?? user.WorkerId
            ?? throw RequestValidationException.For(nameof(request.WorkerId), "请选择申报成果的职工。");
        var worker = await db.Workers.Where(w => w.Id == workerId).Select(w => new { w.Id, w.FullName, w.EnterpriseId, Enterprise = w.Enterprise!.Name })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Worker", workerId);
        if (!user.MaySubmitFor(worker.Id, worker.EnterpriseId)) throw new ForbiddenException("您只能为本人或本企业的职工申报创新成果。");

        var colleagues = db.Workers.AsNoTracking().Where(w => w.EnterpriseId == worker.EnterpriseId && w.Id != worker.Id);
        var chosenIds = (request.CoAuthorIds ?? []).Distinct().ToList();
        var chosen = await colleagues.Where(w => chosenIds.Contains(w.Id)).OrderBy(w => w.FullName)
            .Select(w => new ColleagueOption(w.Id, w.FullName, w.Occupation!.Name)).ToListAsync(cancellationToken);
        var matches = string.IsNullOrWhiteSpace(request.ColleagueSearch) ? []
            : await colleagues.Where(w => !chosenIds.Contains(w.Id) && EF.Functions.Like(w.FullName, Paging.LikeContains(request.ColleagueSearch), "\\"))
                .OrderBy(w => w.FullName).ThenBy(w => w.Id).Take(GetInnovationFormQuery.MaxMatches)
                .Select(w => new ColleagueOption(w.Id, w.FullName, w.Occupation!.Name)).ToListAsync(cancellationToken);

        var teams = await (from p in db.CampaignParticipants.AsNoTracking()
                           join c in db.Campaigns on p.CampaignId equals c.Id
                           where c.Status == CampaignStatus.Running && p.IsActive
                                 && (p.Kind == ParticipantKind.Unit && p.EnterpriseId == worker.EnterpriseId
                                     || p.Kind == ParticipantKind.Individual && p.WorkerId == worker.Id)
                           orderby c.StartsOn descending, c.Id, p.Kind, p.Name
                           select new TeamOption(c.Id, c.Name, p.Id, p.Name, p.Kind)).ToListAsync(cancellationToken);
        return new InnovationForm(worker.Id, worker.FullName, worker.Enterprise, chosen, matches, teams);
    }
}
