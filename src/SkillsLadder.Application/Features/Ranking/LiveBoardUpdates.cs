using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace SkillsLadder.Application.Features.Ranking;

/// <summary>
/// Where committed mark changes go to reach the live board (<see cref="StandingsChangeHook"/> hands them over after the
/// commit). The web host batches them (many saves, one refresh per competition); anywhere else they are applied at
/// once by <see cref="ImmediateLiveBoardUpdates"/>.
/// </summary>
public interface ILiveBoardUpdates
{
    Task UpdateAsync(IReadOnlyCollection<LiveStandingChange> changed, CancellationToken ct);
}

/// <summary>
/// Applies the changes before the command returns, in a scope (and transaction) of its own: the saving command has
/// committed, and its rows are no longer locked while the board is brought up to date.
/// </summary>
public sealed class ImmediateLiveBoardUpdates(IServiceScopeFactory scopes) : ILiveBoardUpdates
{
    public async Task UpdateAsync(IReadOnlyCollection<LiveStandingChange> changed, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RefreshLiveStandingsCommand(changed), ct);
    }
}
