using SkillsLadder.Application.Features.Registration;
using SkillsLadder.Domain.Common;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.People;
using static SkillsLadder.Application.Tests.Registration.Registrants;

namespace SkillsLadder.Application.Tests.Registration;

public sealed class WithdrawAndListTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_withdrawn_entrant_keeps_its_bib_with_who_when_and_why(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        app.RunAs(AppRoles.Organizer);
        var c = await app.CreateCompetitionAsync(d.OccupationId);
        var (a, b) = (await app.WorkerAsync(d, "王强", 1, "Senior"), await app.WorkerAsync(d, "李娜", 2));
        var first = await app.SendAsync(Register(c.Id, a.Id));
        await app.SendAsync(Register(c.Id, b.Id));

        (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(new WithdrawEntrantCommand(c.Id, first, " "))))
            .Errors.Keys.ShouldBe(["Reason"]);
        await app.SendAsync(new WithdrawEntrantCommand(c.Id, first, "赛前体检未通过"));
        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(new WithdrawEntrantCommand(c.Id, first, "再次"))))
            .Code.ShouldBe("entrant.already_withdrawn");

        var withdrawn = (await app.SendAsync(new ListEntrantsQuery(c.Id, EntrantStatus.Withdrawn))).ShouldHaveSingleItem();
        (withdrawn.Bib, withdrawn.WithdrawalReason, withdrawn.WithdrawnBy, withdrawn.WithdrawnAt).ShouldBe(
            (1, "赛前体检未通过", "test-organizer", app.Clock.GetUtcNow().UtcDateTime));
        var member = withdrawn.Members.ShouldHaveSingleItem();
        (member.FullName, member.LevelNameZh, member.EnterpriseName, member.OccupationName).ShouldBe(("王强", "高级工", "杭州恒达精密机械有限公司", "车工"));
        (await app.SendAsync(new ListEntrantsQuery(c.Id, EntrantStatus.Active))).Select(e => e.Bib).ShouldBe([2]);
        (await app.SendAsync(new ListEntrantsQuery(c.Id))).Select(e => e.Bib).ShouldBe([1, 2]);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Withdrawal_is_refused_once_marks_are_locked_and_for_another_competitions_entrant(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        var worker = await app.WorkerAsync(d, "王强", 1);
        var locked = await app.CompetitionInAsync(d.OccupationId, CompetitionStatus.Registration, CompetitionStatus.Marking, CompetitionStatus.Locked);
        var other = await app.CreateCompetitionAsync(d.OccupationId);
        var entrant = new Entrant(locked.Id, 1, null, [worker.Id], "test", DateTime.UtcNow);
        await app.InsertAsync(entrant);
        app.RunAs(AppRoles.Organizer);

        (await Should.ThrowAsync<DomainException>(() => app.SendAsync(new WithdrawEntrantCommand(locked.Id, entrant.Id, "弃权"))))
            .Code.ShouldBe("registration.locked");
        await Should.ThrowAsync<NotFoundException>(() => app.SendAsync(new WithdrawEntrantCommand(other.Id, entrant.Id, "弃权")));
        app.RunAs(AppRoles.Judge, userId: 1);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new WithdrawEntrantCommand(other.Id, entrant.Id, "弃权")));
        (await app.FindAsync<Entrant>(entrant.Id))!.Status.ShouldBe(EntrantStatus.Active);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Judges_on_the_competition_see_the_list_without_id_numbers_organizers_see_them_masked(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        var c = await app.CreateCompetitionAsync(d.OccupationId);
        var elsewhere = await app.CreateCompetitionAsync(d.OccupationId);
        var worker = await app.WorkerAsync(d, "王强", 1);
        await app.InsertAsync(new Entrant(c.Id, 3, null, [worker.Id], "test", DateTime.UtcNow));
        var judgeUser = await app.QueryAsync(async db =>
        {
            var user = new AppUser { UserName = "judge-zhang", DisplayName = "张裁判" };
            db.Users.Add(user);
            await db.SaveChangesAsync();
            return user.Id;
        });
        await app.InsertAsync(new CompetitionJudge(c.Id, judgeUser, "张裁判", null, isChief: false));

        app.RunAs(AppRoles.Judge, userId: judgeUser);
        (await app.SendAsync(new ListEntrantsQuery(c.Id))).Single().Members.Single().NationalIdNumber.ShouldBeNull();
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ListEntrantsQuery(elsewhere.Id)));
        app.RunAs(AppRoles.Organizer);
        (await app.SendAsync(new ListEntrantsQuery(c.Id))).Single().Members.Single().NationalIdNumber.ShouldBe(NationalIdNumber.Mask(IdNumber(1)));
        app.RunAs(AppRoles.HrReviewer);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ListEntrantsQuery(c.Id)));
    }
}
