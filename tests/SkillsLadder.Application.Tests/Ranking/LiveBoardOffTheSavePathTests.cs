using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SkillsLadder.Application.Features.Ranking;
using SkillsLadder.Application.Tests.Scoring;

namespace SkillsLadder.Application.Tests.Ranking;

/// <summary>
/// Issue 18: every mark save of a contest used to update the contest's one live board row inside its transaction, so
/// saves queued on that row's lock (374 ms each at 32 clients). Now a save commits without touching it, and the live
/// board is brought up to date after the commit.
/// </summary>
public sealed class LiveBoardOffTheSavePathTests
{
    private readonly RecordingLiveBoard _live = new();

    [Theory, PostgreSqlData, SqlServerData] // SQLite locks the whole file for any writer: there is no row to hold apart
    public async Task A_mark_save_commits_while_another_transaction_holds_the_live_board_row(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider, services => services.Replace(ServiceDescriptor.Singleton<ILiveBoardUpdates>(_live)));
        var w = await ScoringWorld.CreateAsync(app);
        await app.SendAsync(new RefreshLiveStandingsCommand([new LiveStandingChange(w.Id, null)])); // the board exists
        var before = await app.QueryAsync(db => db.LiveBoards.Where(b => b.CompetitionId == w.Id).Select(b => b.Revision).SingleAsync());

        await using var holder = app.Database.CreateContext();
        await using (var hold = await holder.Database.BeginTransactionAsync())
        {
            await holder.LiveBoards.Where(b => b.CompetitionId == w.Id).ExecuteUpdateAsync(s => s.SetProperty(b => b.Revision, b => b.Revision + 100));
            // Had the save touched the board's row it would wait for this transaction, which ends only after the save.
            var saved = await w.As(w.Li).SendAsync(w.Save(w.Entrants[0], 0, ("A1", "30"))).WaitAsync(TimeSpan.FromSeconds(60));
            saved.Changed.ShouldBe(1);
            (await app.QueryAsync(db => db.ScoreChanges.CountAsync(c => c.SheetId == saved.SheetId))).ShouldBe(1); // committed
            (await app.QueryAsync(db => db.StandingsDemands.CountAsync(d => d.CompetitionId == w.Id))).ShouldBe(1); // in the same commit
            await hold.RollbackAsync();
        }
        _live.Handed.ShouldBe([new LiveStandingChange(w.Id, w.Entrants[0].Id)]); // after the commit, for the board
        (await app.QueryAsync(db => db.LiveBoards.Where(b => b.CompetitionId == w.Id).Select(b => b.Revision).SingleAsync())).ShouldBe(before);
    }

    private sealed class RecordingLiveBoard : ILiveBoardUpdates
    {
        public ConcurrentQueue<LiveStandingChange> Handed { get; } = new();

        public Task UpdateAsync(IReadOnlyCollection<LiveStandingChange> changed, CancellationToken ct)
        {
            foreach (var change in changed) Handed.Enqueue(change);
            return Task.CompletedTask;
        }
    }
}
