using Microsoft.EntityFrameworkCore;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;
using static SkillsLadder.Application.Tests.Registration.Registrants;

namespace SkillsLadder.Application.Tests.Registration;

public sealed class RegisterEntrantTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Bibs_are_given_after_the_highest_in_use_or_as_asked(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        app.RunAs(AppRoles.Organizer);
        var c = await app.CreateCompetitionAsync(d.OccupationId);
        var (a, b, e) = (await app.WorkerAsync(d, "王强", 1), await app.WorkerAsync(d, "李娜", 2), await app.WorkerAsync(d, "赵磊", 3));

        var first = await app.SendAsync(Register(c.Id, a.Id));
        await app.SendAsync(Register(c.Id, b.Id) with { Bib = 7 });
        var third = await app.SendAsync(Register(c.Id, e.Id));

        var entrants = await app.QueryAsync(db => db.Entrants.Include(x => x.Members).OrderBy(x => x.Bib).ToListAsync());
        entrants.Select(x => x.Bib).ShouldBe([1, 7, 8]);
        entrants.Single(x => x.Id == first).Members.Single().WorkerId.ShouldBe(a.Id);
        entrants.Single(x => x.Id == third).RegisteredBy.ShouldBe("test-organizer");
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_taken_bib_and_a_worker_already_entered_are_refused_even_after_withdrawal(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        app.RunAs(AppRoles.Organizer);
        var c = await app.CreateCompetitionAsync(d.OccupationId);
        var (a, b) = (await app.WorkerAsync(d, "王强", 1), await app.WorkerAsync(d, "李娜", 2));
        var entrant = await app.SendAsync(Register(c.Id, a.Id) with { Bib = 5 });
        await app.SendAsync(new Features.Registration.WithdrawEntrantCommand(c.Id, entrant, "伤病"));

        var bibTaken = await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(Register(c.Id, b.Id) with { Bib = 5 }));
        var again = await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(Register(c.Id, a.Id)));

        bibTaken.Errors["Bib"].ShouldBe(["参赛号 5 已被占用。"]);
        again.Errors["WorkerIds"].ShouldBe(["王强 已报名本赛（参赛号 5，已退赛）；退赛后不能再次报名。"]);
        (await app.EntrantCountAsync()).ShouldBe(1);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task An_ineligible_worker_is_refused_with_every_reason_on_the_worker_field(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        app.RunAs(AppRoles.Organizer);
        var c = await app.CreateCompetitionAsync(d.OccupationId, eligibility: new EligibilityRules(MinimumLevelRank: d.Level("Senior").Rank, MinimumYearsInPost: 20));
        var worker = await app.WorkerAsync(d, "李娜", 2, "Junior");

        var error = await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(Register(c.Id, worker.Id)));

        var message = error.Errors["WorkerIds"].ShouldHaveSingleItem();
        message.ShouldStartWith("李娜 不符合参赛条件：");
        message.ShouldContain("低于本赛要求的“高级工”");
        message.ShouldContain("不足本赛要求的 20 年");
        (await app.EntrantCountAsync()).ShouldBe(0);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Teams_need_exactly_the_team_size_and_a_name(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        app.RunAs(AppRoles.Organizer);
        var c = await app.CreateCompetitionAsync(d.OccupationId, teamSize: 2);
        var (a, b, e) = (await app.WorkerAsync(d, "王强", 1), await app.WorkerAsync(d, "李娜", 2), await app.WorkerAsync(d, "赵磊", 3));

        (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(Register(c.Id, a.Id) with { TeamName = "一队" })))
            .Errors["WorkerIds"].ShouldBe(["本赛为团体赛，每队须 2 人，现选了 1 人。"]);
        (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(Register(c.Id, a.Id, b.Id, e.Id) with { TeamName = "一队" })))
            .Errors["WorkerIds"].ShouldBe(["本赛为团体赛，每队须 2 人，现选了 3 人。"]);
        (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(Register(c.Id, a.Id, b.Id))))
            .Errors.Keys.ShouldBe(["TeamName"]);
        var id = await app.SendAsync(Register(c.Id, a.Id, b.Id) with { TeamName = "恒达一队" });

        var team = await app.QueryAsync(db => db.Entrants.Include(x => x.Members).SingleAsync());
        (team.Id, team.TeamName, team.Bib).ShouldBe((id, "恒达一队", 1));
        team.Members.Select(m => m.WorkerId).Order().ShouldBe(new[] { a.Id, b.Id }.Order());
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Registration_is_closed_once_marking_starts_and_open_only_to_organizers(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        var marking = await app.CompetitionInAsync(d.OccupationId, CompetitionStatus.Registration, CompetitionStatus.Marking);
        var draft = await app.CreateCompetitionAsync(d.OccupationId, CompetitionStatus.Draft);
        var worker = await app.WorkerAsync(d, "王强", 1);

        app.RunAs(AppRoles.Judge, userId: 1);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(Register(draft.Id, worker.Id)));
        app.RunAs(AppRoles.Organizer);
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(Register(marking.Id, worker.Id)))).Code.ShouldBe("registration.closed");
        await app.SendAsync(Register(draft.Id, worker.Id)); // a draft may take entries already
        (await app.EntrantCountAsync()).ShouldBe(1);
    }
}
