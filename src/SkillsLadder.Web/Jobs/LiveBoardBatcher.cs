using MediatR;
using SkillsLadder.Application.Features.Ranking;

namespace SkillsLadder.Web.Jobs;

/// <summary>
/// The web node's live board updates: saves hand over their changed entrants and return; one loop refreshes them, all
/// that arrived since its last refresh at once, so under load a refresh serves many saves and when quiet a save shows
/// within milliseconds. A refresh that fails is retried with what came after it, a few times; if it keeps failing, or
/// the node dies first, the competition's next ranking run rebuilds the live rows from the marks (the demand row was
/// committed with them).
/// </summary>
public sealed class LiveBoardBatcher(IServiceScopeFactory scopes, ILogger<LiveBoardBatcher> logger) : BackgroundService, ILiveBoardUpdates
{
    private readonly Lock _gate = new();
    private HashSet<LiveStandingChange> _waiting = [];
    private readonly SemaphoreSlim _signal = new(0);
    private const int Attempts = 5;
    private int _failures;

    public Task UpdateAsync(IReadOnlyCollection<LiveStandingChange> changed, CancellationToken ct)
    {
        lock (_gate) _waiting.UnionWith(changed);
        if (_signal.CurrentCount == 0) _signal.Release();
        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await _signal.WaitAsync(stoppingToken);
            HashSet<LiveStandingChange> batch;
            lock (_gate) (batch, _waiting) = (_waiting, []);
            if (batch.Count == 0) continue;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RefreshLiveStandingsCommand(batch), stoppingToken);
                _failures = 0;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                var retry = ++_failures < Attempts;
                logger.LogWarning(ex, "Live board refresh of {Count} standings failed ({Failures}); {Next}", batch.Count, _failures,
                    retry ? "retried with the next batch" : "left to the ranking run");
                if (!retry) { _failures = 0; continue; }
                await UpdateAsync(batch, stoppingToken);
                await Task.Delay(TimeSpan.FromMilliseconds(500), stoppingToken);
            }
        }
    }
}
