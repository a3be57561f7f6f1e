using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Results;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Tests.Results;

/// <summary>Finalising only when nothing is pending, publishing only what was finalised, corrections that supersede visibly.</summary>
public sealed class FinaliseAndPublishTests
{
    private static async Task<string> RefusalAsync<T>(TestApp app, MediatR.IRequest<T> request) =>
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(request))).Code;

    private static Task<StandingsSnapshot> SnapshotAsync(TestApp app, StandingsData.LockedCompetition c, SnapshotBasis basis = SnapshotBasis.Locked) =>
        app.QueryAsync(db => StandingsData.AddSnapshotAsync(db, c.Id, basis,
            StandingsData.Row(c.Entrants[0].Id, 1, 1, 9000, Prize.First, Medal.Gold), StandingsData.Row(c.Entrants[1].Id, 2, 2, 8500, Prize.Second)));

    private static Task MoveAsync(TestApp app, int id, CompetitionStatus to, string? reason = null) => app.QueryAsync(async db =>
    {
        var competition = await db.Competitions.SingleAsync(c => c.Id == id);
        competition.MoveTo(to, new CompetitionFacts(true, 2, 1, 0, false), "chief", DateTime.UtcNow, reason);
        return await db.SaveChangesAsync();
    });

    private static async Task<(TestApp, StandingsData.LockedCompetition)> StartAsync(DatabaseProvider provider, CompetitionStatus status = CompetitionStatus.Locked,
        bool lockSheets = true)
    {
        var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        var c = await app.QueryAsync(db => StandingsData.CreateAsync(db, d.OccupationId, d.EnterpriseId, ["王强", "李娜"], status, lockSheets));
        app.RunAs(AppRoles.Organizer, userName: "organizer");
        return (app, c);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Finalising_is_refused_while_marking_runs_while_sheets_are_unlocked_or_demands_are_pending(DatabaseProvider provider)
    {
        var (app, c) = await StartAsync(provider, CompetitionStatus.Marking, lockSheets: false);
        await using var _ = app;
        await SnapshotAsync(app, c, SnapshotBasis.Live);
        (await RefusalAsync(app, new FinaliseStandingsCommand(c.Id))).ShouldBe("standings.not_locked");

        await MoveAsync(app, c.Id, CompetitionStatus.Locked);  // straight through the domain: the sheets stay merely verified
        (await RefusalAsync(app, new FinaliseStandingsCommand(c.Id))).ShouldBe("standings.no_snapshot"); // live snapshots never finalise
        var snapshot = await SnapshotAsync(app, c);
        var unlocked = await Should.ThrowAsync<DomainException>(() => app.SendAsync(new FinaliseStandingsCommand(c.Id)));
        (unlocked.Code, unlocked.Message).ShouldBe(("standings.sheets_not_locked", "还有 2 张评分表未锁定，不能确认排名。"));

        await app.QueryAsync(async db =>
        {
            foreach (var sheet in await db.ScoreSheets.Where(s => s.CompetitionId == c.Id).ToListAsync()) sheet.Lock("organizer", DateTime.UtcNow);
            // A change to the marks leaves a standings demand newer than the snapshot; straight through the domain no hook
            // runs, so the demand a command's StandingsChangeHook would have written goes in by hand.
            db.StandingsDemands.Add(new StandingsDemand(c.Id, DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });
        (await RefusalAsync(app, new FinaliseStandingsCommand(c.Id))).ShouldBe("standings.pending");
        var fresh = await SnapshotAsync(app, c);
        (await Should.ThrowAsync<ConflictException>(() => app.SendAsync(new FinaliseStandingsCommand(c.Id, snapshot.Id)))).Code.ShouldBe("standings.stale");

        app.RunAs(AppRoles.Judge, userId: 31337);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new FinaliseStandingsCommand(c.Id)));
        app.RunAs(AppRoles.Organizer, userName: "organizer");
        var done = await app.SendAsync(new FinaliseStandingsCommand(c.Id, fresh.Id));

        (done.Number, done.Status, done.CompetitionStatus).ShouldBe((fresh.Number, SnapshotStatus.Finalised, CompetitionStatus.Ranked));
        var stored = (await app.FindAsync<StandingsSnapshot>(fresh.Id))!;
        (stored.FinalisedBy, stored.FinalisedAt).ShouldBe(("organizer", app.Clock.GetUtcNow().UtcDateTime));
        (await RefusalAsync(app, new FinaliseStandingsCommand(c.Id))).ShouldBe("snapshot.not_finalisable");
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Only_a_finalised_snapshot_is_published_and_the_first_publication_publishes_the_competition(DatabaseProvider provider)
    {
        var (app, c) = await StartAsync(provider);
        await using var _ = app;
        var snapshot = await SnapshotAsync(app, c);
        (await RefusalAsync(app, new PublishStandingsCommand(c.Id))).ShouldBe("standings.not_ranked");
        await app.SendAsync(new FinaliseStandingsCommand(c.Id));
        var computed = await SnapshotAsync(app, c); // ranked again after finalising (say, new rules): not signed
        (await RefusalAsync(app, new PublishStandingsCommand(c.Id, computed.Id))).ShouldBe("snapshot.not_finalised");

        var published = await app.SendAsync(new PublishStandingsCommand(c.Id));

        (published.SnapshotId, published.Status, published.CompetitionStatus).ShouldBe((snapshot.Id, SnapshotStatus.Published, CompetitionStatus.Published));
        var standings = (await app.SendAsync(new GetStandingsQuery(c.Id, snapshot.Id)))!;
        (standings.Snapshot!.Status, standings.Snapshot.PublishedBy, standings.Snapshot.Supersedes, standings.Snapshot.IsLatest)
            .ShouldBe((SnapshotStatus.Published, "organizer", null, false));
        app.RunAs(null);
        var board = (await app.SendAsync(new GetPublicStandingsQuery(c.Id)))!;
        board.Rows.Select(r => (r.Rank, r.Name, r.Prize, r.Medal)).ShouldBe([(1, "王强", (Prize?)Prize.First, (Medal?)Medal.Gold), (2, "李娜", Prize.Second, Medal.None)]);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_correction_supersedes_the_published_snapshot_visibly_and_the_old_one_never_changes(DatabaseProvider provider)
    {
        var (app, c) = await StartAsync(provider);
        await using var _ = app;
        var first = await SnapshotAsync(app, c);
        await app.SendAsync(new FinaliseStandingsCommand(c.Id));
        await app.SendAsync(new PublishStandingsCommand(c.Id));
        var before = await app.QueryAsync(db => Describe(db, first.Id));

        // An objection upheld: the chief judge reopens marking, a mark changes, the result is locked and ranked again.
        await MoveAsync(app, c.Id, CompetitionStatus.Marking, "公示期异议成立，复核 2 号理论成绩");
        await MoveAsync(app, c.Id, CompetitionStatus.Locked);
        var corrected = await app.QueryAsync(db => StandingsData.AddSnapshotAsync(db, c.Id, SnapshotBasis.Locked,
            StandingsData.Row(c.Entrants[1].Id, 1, 1, 9200, Prize.First, Medal.Gold), StandingsData.Row(c.Entrants[0].Id, 2, 2, 9000, Prize.Second)));
        app.RunAs(null);
        (await app.SendAsync(new GetPublicStandingsQuery(c.Id)))!.Snapshot!.Number.ShouldBe(first.Number); // still the published one
        app.RunAs(AppRoles.Organizer, userName: "organizer");
        await app.SendAsync(new FinaliseStandingsCommand(c.Id));
        (await RefusalAsync(app, new PublishStandingsCommand(c.Id, first.Id))).ShouldBe("snapshot.not_finalised");
        await app.SendAsync(new PublishStandingsCommand(c.Id));

        var history = await app.SendAsync(new ListStandingsSnapshotsQuery(c.Id));
        history.Select(h => (h.Number, h.Status, h.Supersedes, h.SupersededBy))
            .ShouldBe([(corrected.Number, SnapshotStatus.Published, (int?)first.Number, (int?)null), (first.Number, SnapshotStatus.Superseded, null, corrected.Number)]);
        app.RunAs(null);
        var board = (await app.SendAsync(new GetPublicStandingsQuery(c.Id)))!;
        (board.Snapshot!.Number, board.Snapshot.Supersedes).ShouldBe((corrected.Number, first.Number));
        board.Rows[0].Name.ShouldBe("李娜");

        // The superseded snapshot keeps every row and stamp; only its status says it was replaced. Nothing re-signs it.
        var after = await app.QueryAsync(db => Describe(db, first.Id));
        after.ShouldBe(before.Replace("Published", "Superseded"));
        app.RunAs(AppRoles.Organizer, userName: "organizer");
        (await RefusalAsync(app, new PublishStandingsCommand(c.Id, first.Id))).ShouldBe("snapshot.not_finalised");
        await Should.ThrowAsync<DomainException>(() => app.QueryAsync(async db =>
        {
            (await db.StandingsSnapshots.SingleAsync(s => s.Id == first.Id)).Finalise("someone", DateTime.UtcNow);
            return 0;
        }));
    }

    private static async Task<string> Describe(SkillsLadderDbContext db, int snapshotId)
    {
        var s = await db.StandingsSnapshots.AsNoTracking().SingleAsync(x => x.Id == snapshotId);
        var rows = await db.StandingsRows.AsNoTracking().Where(r => r.SnapshotId == snapshotId).OrderBy(r => r.Position)
            .Select(r => $"{r.EntrantId}:{r.Position}:{r.Rank}:{r.TotalHundredths}:{r.Prize}:{r.Medal}:{r.Explanation}").ToListAsync();
        return $"{s.Number} {s.Status} {s.InputHash} {s.FinalisedBy} {s.FinalisedAt:O} {s.PublishedBy} {s.PublishedAt:O} | {string.Join(" ", rows)}";
    }
}
