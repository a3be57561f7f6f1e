using Microsoft.EntityFrameworkCore;
using SkillsLadder.Domain.Competitions;
using static SkillsLadder.Application.Tests.Registration.Registrants;

namespace SkillsLadder.Application.Tests.Registration;

/// <summary>Bulk registration: a preview with row-numbered errors, then all or nothing. Row 1 is the header.</summary>
public sealed class ImportEntrantsTests
{
    private static readonly string[] Headers = ["身份证号", "姓名", "参赛号", "队名"];
    private static readonly string[] Names = ["王强", "李娜", "赵磊", "孙丽", "周杰", "吴敏"];

    private static async Task<(TestApp App, TestData.Directory D, Competition C)> StartAsync(DatabaseProvider provider, int teamSize = 1,
        Func<TestData.Directory, EligibilityRules>? rules = null)
    {
        var app = await TestApp.StartAsync(provider);
        var d = await app.SeedDirectoryAsync();
        for (var i = 0; i < Names.Length; i++) await app.WorkerAsync(d, Names[i], i + 1, "Senior");
        app.RunAs(AppRoles.Organizer);
        return (app, d, await app.CreateCompetitionAsync(d.OccupationId, eligibility: rules?.Invoke(d), teamSize: teamSize));
    }

    private static object?[] Row(int serial, string? name = null, object? bib = null, string? team = null) =>
        [IdNumber(serial), name ?? Names[serial - 1], bib, team];

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_valid_xlsx_previews_then_commits_every_row_with_bibs_after_the_highest_given(DatabaseProvider provider)
    {
        var (app, _, c) = await StartAsync(provider);
        await using var _app = app;
        var file = Xlsx(Headers, Row(1), Row(2, bib: 10), Row(3), Row(4, name: "孙 丽"), Row(5));

        var preview = await app.SendAsync(Import(c.Id, "报名表.xlsx", file, dryRun: true));
        (await app.EntrantCountAsync()).ShouldBe(0);
        preview.Committed.ShouldBeFalse();
        preview.RowsWithErrors.ShouldBe(0);
        preview.Rows.Select(r => (r.Row, r.Bib, r.WorkerName)).ShouldBe([(2, 11, "王强"), (3, 10, "李娜"), (4, 12, "赵磊"), (5, 13, "孙丽"), (6, 14, "周杰")]);
        preview.Rows[0].IdNumber.ShouldBe(Domain.People.NationalIdNumber.Mask(IdNumber(1)));

        var result = await app.SendAsync(Import(c.Id, "报名表.xlsx", file));

        result.Committed.ShouldBeTrue();
        result.EntrantCount.ShouldBe(5);
        var stored = await app.QueryAsync(db => db.Entrants.Include(e => e.Members).OrderBy(e => e.Bib).ToListAsync());
        stored.Select(e => e.Bib).ShouldBe([10, 11, 12, 13, 14]);
        stored.ShouldAllBe(e => e.RegisteredBy == "test-organizer" && e.Status == EntrantStatus.Active);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task One_bad_row_among_many_writes_nothing_and_the_error_names_its_row(DatabaseProvider provider)
    {
        var (app, _, c) = await StartAsync(provider);
        await using var _app = app;
        var file = Xlsx(Headers, Row(1), Row(2), Row(3), Row(4, name: "孙立"), Row(5), Row(6));

        var error = await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(Import(c.Id, "报名表.xlsx", file)));

        error.Errors.Keys.ShouldBe(["row 5"]);
        error.Errors["row 5"].ShouldBe(["姓名“孙立”与名录中该身份证号的姓名“孙丽”不符。"]);
        (await app.EntrantCountAsync()).ShouldBe(0);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_csv_with_a_byte_order_mark_and_english_headers_is_read(DatabaseProvider provider)
    {
        var (app, _, c) = await StartAsync(provider);
        await using var _app = app;
        var file = CsvWithBom("IdNumber,name,Bib", $"{IdNumber(1).ToLowerInvariant()},王强,", $"{IdNumber(2)},李娜,3");

        var result = await app.SendAsync(Import(c.Id, "entrants.CSV", file));

        result.EntrantCount.ShouldBe(2);
        (await app.QueryAsync(db => db.Entrants.OrderBy(e => e.Bib).Select(e => e.Bib).ToListAsync())).ShouldBe([3, 4]);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Every_kind_of_row_error_is_shown_on_its_row_in_one_preview(DatabaseProvider provider)
    {
        var (app, d, c) = await StartAsync(provider, rules: x => new EligibilityRules(MaximumLevelRank: x.Level("Senior").Rank));
        await using var _app = app;
        var expert = await app.WorkerAsync(d, "郑浩", 20, "Technician");
        var entered = await app.WorkerAsync(d, "冯雪", 21);
        await app.InsertAsync(new Entrant(c.Id, 8, null, [entered.Id], "test", DateTime.UtcNow));
        var wrongCheck = IdNumber(3)[..17] + (IdNumber(3)[17] == '0' ? '1' : '0');
        var file = CsvWithBom("身份证号,姓名,参赛号",
            $"{IdNumber(1)},王强,",                 // 2 fine
            $"{IdNumber(99)},无名,",                // 3 not in the directory
            $"{wrongCheck},赵磊,",                  // 4 check digit wrong
            $"{IdNumber(1)},王强,",                 // 5 duplicate of row 2
            $"{expert.NationalIdNumber},郑浩,",     // 6 ineligible
            $"{entered.NationalIdNumber},冯雪,",    // 7 already entered
            $"{IdNumber(2)},李娜,8",                // 8 bib taken
            $"{IdNumber(4)},孙丽,12",               // 9 fine, bib 12
            $"{IdNumber(5)},周杰,12",               // 10 bib given twice
            $"{IdNumber(6)},,abc");                 // 11 no name, bad bib

        var preview = await app.SendAsync(Import(c.Id, "a.csv", file, dryRun: true));

        var errors = preview.Rows.ToDictionary(r => r.Row, r => r.Errors);
        errors[2].ShouldBeEmpty();
        errors[3].ShouldBe(["职工名录中没有该身份证号，请先登记职工。"]);
        errors[4].ShouldBe(["身份证号码校验位不正确。"]);
        errors[5].ShouldBe(["身份证号与第 2 行重复。"]);
        errors[6].ShouldBe(["不符合参赛条件：技能等级为“技师”，高于本赛上限“高级工”。"]);
        errors[7].ShouldBe(["冯雪 已报名本赛（参赛号 8）。"]);
        errors[8].ShouldBe(["参赛号 8 已被本赛其他报名占用。"]);
        errors[9].ShouldBeEmpty();
        errors[10].ShouldBe(["参赛号 12 与第 9 行重复。"]);
        errors[11].ShouldBe(["请填写姓名。", "参赛号“abc”无效：应为 1–9999 的整数。"]);
        preview.RowsWithErrors.ShouldBe(8);
        preview.Rows.Single(r => r.Row == 3).IdNumber.ShouldBe(IdNumber(99)); // unknown numbers are echoed so the typo can be found
        await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(Import(c.Id, "a.csv", file)));
        (await app.EntrantCountAsync()).ShouldBe(1);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Rows_with_the_same_team_name_form_one_team_of_exactly_the_team_size(DatabaseProvider provider)
    {
        var (app, _, c) = await StartAsync(provider, teamSize: 2);
        await using var _app = app;
        var file = Xlsx(Headers, Row(1, team: "一队"), Row(2, bib: 5, team: "一队"), Row(3, team: "二队"), Row(4, team: "二队"), Row(5, team: "三队"), Row(6));

        var preview = await app.SendAsync(Import(c.Id, "teams.xlsx", file, dryRun: true));

        preview.Rows.Select(r => r.Bib).Take(4).ShouldBe(new int?[] { 5, 5, 6, 6 });
        preview.Rows.Single(r => r.Row == 6).Errors.ShouldBe(["队“三队”有 1 人（第 6 行），本赛每队须 2 人。"]);
        preview.Rows.Single(r => r.Row == 7).Errors.ShouldBe(["本赛为团体赛，须填写队名。"]);

        var fixedFile = Xlsx(Headers, Row(1, team: "一队"), Row(2, bib: 5, team: "一队"), Row(3, team: "二队"), Row(4, team: "二队"));
        (await app.SendAsync(Import(c.Id, "teams.xlsx", fixedFile))).EntrantCount.ShouldBe(2);
        var teams = await app.QueryAsync(db => db.Entrants.Include(e => e.Members).OrderBy(e => e.Bib).ToListAsync());
        teams.Select(t => (t.Bib, t.TeamName, t.Members.Count)).ShouldBe([(5, "一队", 2), (6, "二队", 2)]);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_missing_required_header_is_named_and_nothing_is_read(DatabaseProvider provider)
    {
        var (app, _, c) = await StartAsync(provider, teamSize: 2);
        await using var _app = app;
        var file = CsvWithBom("身份证号,参赛号", $"{IdNumber(1)},1");

        var error = await Should.ThrowAsync<RequestValidationException>(() => app.SendAsync(Import(c.Id, "a.csv", file, dryRun: true)));

        error.Errors["File"].ShouldBe(["缺少必填列“姓名”（英文表头可用 Name）。", "缺少必填列“队名”（英文表头可用 Team）。"]);
        app.RunAs(AppRoles.Judge, userId: 1);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(Import(c.Id, "a.csv", file, dryRun: true)));
    }
}
