using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Features.Results;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Ranking;

namespace SkillsLadder.Application.Tests.Results;

/// <summary>Who sees which snapshot and which columns: the jury everything, the public a published result or the live board.</summary>
public sealed class StandingsVisibilityTests
{
    private static async Task<(TestApp App, StandingsData.LockedCompetition C)> MarkingAsync(DatabaseProvider provider)
    {
        var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        var c = await app.QueryAsync(db => StandingsData.CreateAsync(db, d.OccupationId, d.EnterpriseId, ["王强", "李娜", "张伟"], CompetitionStatus.Marking));
        return (app, c);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task The_jury_sees_the_whole_newest_snapshot_with_names_and_every_column(DatabaseProvider provider)
    {
        var (app, c) = await MarkingAsync(provider);
        await using var _ = app;
        var e = c.Entrants;
        await app.QueryAsync(db => StandingsData.AddSnapshotAsync(db, c.Id, SnapshotBasis.Live,
            StandingsData.Row(e[1].Id, 1, 1, 9100, Prize.First, Medal.Gold, "授予“市技术能手”"),
            StandingsData.Row(e[0].Id, 2, 2, 8700), StandingsData.Row(e[2].Id, 3, 2, 8700, tied: true)));

        var standings = (await app.SendAsync(new GetStandingsQuery(c.Id)))!;

        standings.Snapshot!.Number.ShouldBe(1);
        (standings.Snapshot.Basis, standings.Snapshot.Status, standings.Snapshot.IsLatest).ShouldBe((SnapshotBasis.Live, SnapshotStatus.Computed, true));
        standings.Rows.Select(r => (r.Position, r.Rank, r.Tied, r.Bib, r.Name)).ShouldBe([(1, 1, false, 2, "李娜"), (2, 2, false, 1, "王强"), (3, 2, true, 3, "张伟")]);
        var first = standings.Rows[0];
        (first.Total, first.Standardised, first.Theory, first.Practical, first.Prize, first.Medal, first.Proposal)
            .ShouldBe((91m, 691m, 80m, 67m, Prize.First, Medal.Gold, "授予“市技术能手”"));
        first.Enterprise.ShouldNotBeNullOrEmpty();
        first.Explanation.ShouldContain("第 1 名");
        (standings.MayFinalise, standings.MayPublish).ShouldBe((false, false)); // a live snapshot is never finalised

        // A judge of another competition is not the jury; an unchanged board answers "no change".
        app.RunAs(AppRoles.Judge, userId: 424242);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new GetStandingsQuery(c.Id)));
        app.RunAs(AppRoles.Admin);
        (await app.SendAsync(new GetStandingsQuery(c.Id, After: 1))).ShouldBeNull();
        (await app.SendAsync(new GetStandingsQuery(c.Id, After: 0))).ShouldNotBeNull();
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task The_public_sees_the_live_board_only_while_marking_runs_and_never_jury_columns(DatabaseProvider provider)
    {
        var (app, c) = await MarkingAsync(provider);
        await using var _ = app;
        app.RunAs(null);
        var empty = (await app.SendAsync(new GetPublicStandingsQuery(c.Id)))!;
        (empty.Snapshot, empty.Rows.Count).ShouldBe((null, 0));
        var e = c.Entrants;
        await app.QueryAsync(db => StandingsData.AddSnapshotAsync(db, c.Id, SnapshotBasis.Live,
            StandingsData.Row(e[0].Id, 1, 1, 9000, Prize.First, Medal.Gold, "晋升技师"), StandingsData.Row(e[1].Id, 2, 2, 8000)));

        var live = (await app.SendAsync(new GetPublicStandingsQuery(c.Id)))!;
        live.Snapshot!.Basis.ShouldBe(SnapshotBasis.Live);
        live.Rows.Select(r => (r.Rank, r.Bib, r.Name, r.Total)).ShouldBe([(1, 1, "王强", 90m), (2, 2, "李娜", 80m)]);
        live.Rows.ShouldAllBe(r => r.Prize == null && r.Medal == null); // provisional: no prizes on a live board
        typeof(PublicStandingRow).GetProperties().Select(p => p.Name)
            .ShouldBe(["Position", "Rank", "Tied", "Bib", "Name", "Enterprise", "Total", "Standardised", "Prize", "Medal"]);
        (await app.SendAsync(new GetPublicStandingsQuery(c.Id, After: 1))).ShouldBeNull();

        // Locked: the live board goes dark until a result is published; a computed or finalised snapshot stays with the jury.
        await app.QueryAsync(async db =>
        {
            var competition = await db.Competitions.SingleAsync(x => x.Id == c.Id);
            competition.MoveTo(CompetitionStatus.Locked, new CompetitionFacts(true, 3, 1, 0, false), "organizer", DateTime.UtcNow);
            await db.SaveChangesAsync();
            return await StandingsData.AddSnapshotAsync(db, c.Id, SnapshotBasis.Locked, StandingsData.Row(e[0].Id, 1, 1, 9000));
        });
        (await app.SendAsync(new GetPublicStandingsQuery(c.Id)))!.Snapshot.ShouldBeNull();
        (await app.SendAsync(new GetPublicStandingsQuery(c.Id, After: 1)))!.Snapshot.ShouldBeNull(); // 1 → nothing is a change
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_competition_before_marking_has_nothing_public(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        var competition = await app.CreateCompetitionAsync(d.OccupationId);
        app.RunAs(null);
        await Should.ThrowAsync<NotFoundException>(() => app.SendAsync(new GetPublicStandingsQuery(competition.Id)));
        await Should.ThrowAsync<NotFoundException>(() => app.SendAsync(new GetPublicStandingsQuery(999999)));
    }
}
