using SkillsLadder.Application.Features.Registration;
using SkillsLadder.Application.Features.Titles;
using SkillsLadder.Application.Tests.Registration;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Tests.Studios;

/// <summary>The level ↔ title table: saved whole by admins, validated against the ladder, and used by competition eligibility.</summary>
public sealed class TitleEquivalenceTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task The_table_is_saved_whole_with_ranks_of_the_ladder_once_each_and_grades_that_never_fall(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        (await app.SendAsync(new GetTitleEquivalencesQuery())).Select(t => (t.LevelRank, t.LevelName, t.Title))
            .ShouldBe([(4, "高级工", "助理工程师"), (5, "技师", "工程师"), (6, "高级技师", "高级工程师")]);

        var errors = (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(new ReplaceTitleEquivalencesCommand(
            [new(5, TitleGrade.Intermediate, "工程师"), new(99, TitleGrade.Senior, "高级工程师")])))).Errors;
        errors["Rows[1].LevelRank"].ShouldBe(["技能等级不在技能等级序列中。"]);
        (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(new ReplaceTitleEquivalencesCommand(
            [new(5, TitleGrade.Intermediate, "工程师"), new(5, TitleGrade.Senior, "高级工程师")])))).Errors["Rows"].ShouldBe(["同一技能等级只能比照一个职称。"]);
        (await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(new ReplaceTitleEquivalencesCommand(
            [new(5, TitleGrade.Senior, "高级工程师"), new(6, TitleGrade.Intermediate, "工程师")])))).Errors["Rows[1].Grade"]
            .ShouldBe(["较高技能等级比照的职称级别不能低于较低等级。"]);
        await Should.ThrowAsync<ForbiddenException>(() => app.RunAs(AppRoles.HrReviewer).SendAsync(new ReplaceTitleEquivalencesCommand(
            [new(5, TitleGrade.Intermediate, "工程师")])));

        app.RunAs(AppRoles.Admin);
        await app.SendAsync(new ReplaceTitleEquivalencesCommand([new(6, TitleGrade.Senior, "高级工程师"), new(5, TitleGrade.Intermediate, "工程师")]));
        (await app.SendAsync(new GetTitleEquivalencesQuery())).Select(t => (t.LevelRank, t.Grade)).ShouldBe([(5, TitleGrade.Intermediate), (6, TitleGrade.Senior)]);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_minimum_title_grade_refuses_levels_whose_title_is_lower_or_missing(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        app.RunAs(AppRoles.Organizer);
        var d = await app.SeedDirectoryAsync();
        var c = await app.CreateCompetitionAsync(d.OccupationId, eligibility: new EligibilityRules(MinimumTitleGrade: TitleGrade.Intermediate));
        var technician = await app.WorkerAsync(d, "王强", 1, "Technician");
        var principal = await app.WorkerAsync(d, "孙杰", 4, "PrincipalTechnician");
        var senior = await app.WorkerAsync(d, "李娜", 2, "Senior");
        var junior = await app.WorkerAsync(d, "赵磊", 3, "Junior");

        (await app.SendAsync(new CheckEligibilityQuery(c.Id, technician.Id))).Eligible.ShouldBeTrue();
        // 特级技师 has no row of its own: it keeps 高级技师's title, above the minimum.
        (await app.SendAsync(new CheckEligibilityQuery(c.Id, principal.Id))).Eligible.ShouldBeTrue();
        (await app.SendAsync(new CheckEligibilityQuery(c.Id, senior.Id))).Reasons
            .ShouldBe(["技能等级“高级工”相当于“助理工程师”（助理级），本赛要求中级及以上。"]);
        (await app.SendAsync(new CheckEligibilityQuery(c.Id, junior.Id))).Reasons
            .ShouldBe(["技能等级“初级工”按职称比照表无相当职称，本赛要求中级及以上。"]);
    }
}
