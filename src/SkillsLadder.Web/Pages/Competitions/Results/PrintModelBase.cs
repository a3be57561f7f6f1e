using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SkillsLadder.Application.Features.Competitions;
using SkillsLadder.Application.Features.Results;

namespace SkillsLadder.Web.Pages.Competitions.Results;

/// <summary>What the printable pages share: the competition's particulars and one snapshot's standings.</summary>
public abstract class PrintModelBase(IMediator mediator) : PageModel
{
    public CompetitionDetailsView Competition { get; private set; } = null!;
    public JuryStandings Standings { get; private set; } = null!;
    public DateOnly PrintedOn { get; private set; }

    public async Task OnGetAsync(int id, int? snapshotId, CancellationToken ct)
    {
        Standings = (await mediator.Send(new GetStandingsQuery(id, snapshotId), ct))!;
        Competition = await mediator.Send(new GetCompetitionQuery(id), ct);
        PrintedOn = DateOnly.FromDateTime(HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
    }

    /// <summary>Anything not published is marked as a draft on paper, so a provisional list cannot pass for the result.</summary>
    public bool IsDraft => Standings.Snapshot?.Status is not (Domain.Ranking.SnapshotStatus.Published);
}

public sealed class PrintModel(IMediator mediator) : PrintModelBase(mediator);

public sealed class CertificatesModel(IMediator mediator) : PrintModelBase(mediator)
{
    public IEnumerable<JuryStandingRow> Winners => Standings.Rows.Where(r => r.Prize != Domain.Ranking.Prize.None || r.Medal != Domain.Ranking.Medal.None);
}
