using SkillsLadder.Application.Common;
using SkillsLadder.Data;

namespace SkillsLadder.Application.Features.Ranking;

/// <summary>Brings the live rows of these changed standings up to date (see <see cref="LiveStandingsRefresher"/>).</summary>
public sealed record RefreshLiveStandingsCommand(IReadOnlyCollection<LiveStandingChange> Changed) : ICommand<MediatR.Unit>;

public sealed class RefreshLiveStandingsHandler(SkillsLadderDbContext db, TimeProvider clock) : MediatR.IRequestHandler<RefreshLiveStandingsCommand, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RefreshLiveStandingsCommand request, CancellationToken ct)
    {
        await LiveStandingsRefresher.RefreshAsync(db, request.Changed, clock, ct);
        return MediatR.Unit.Value;
    }
}
