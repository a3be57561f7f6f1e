using SkillsLadder.Application.Features.Practice;
using SkillsLadder.Domain.Training;

namespace SkillsLadder.Application.Tests.Practice;

/// <summary>Importing a question bank: a preview with row-numbered errors, then all or nothing.</summary>
public sealed class QuestionImportTests
{
    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_bad_row_is_named_by_its_spreadsheet_row_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        app.RunAs(AppRoles.Organizer);
        var bankId = await app.SendAsync(new CreateQuestionBankCommand { Name = "电工题库" });
        var file = PracticeWorld.Xlsx(
            ["单选", "安全电压一般不超过多少伏？", "36", "220", null, null, "A", 1],
            ["多选", "触电急救的要点有：", "迅速脱离电源", "就地抢救", null, null, "E", 2],
            ["问答", "简述接地的作用。", null, null, null, null, "", 1],
            ["判断", "可以带电更换保险丝。", null, null, null, null, "错", 11]);

        var preview = await app.SendAsync(new ImportQuestionsCommand { BankId = bankId, FileName = "bank.xlsx", Content = file });
        (preview.Committed, preview.QuestionCount, preview.RowsWithErrors).ShouldBe((false, 1, 3));
        preview.Rows.Select(r => (r.Row, r.Errors.Count > 0)).ShouldBe([(2, false), (3, true), (4, true), (5, true)]);
        preview.Rows[1].Errors.ShouldBe(["答案“E”与题型或选项不符。"]);
        preview.Rows[2].Errors.ShouldBe(["题型“问答”无效，应为单选、多选或判断。"]);
        preview.Rows[3].Errors.ShouldBe(["每题 1–10 分。"]);

        var refused = await Should.ThrowAsync<RequestValidationException>(() =>
            app.SendAsync(new ImportQuestionsCommand { BankId = bankId, FileName = "bank.xlsx", Content = file, DryRun = false }));
        refused.Errors.Keys.Order().ShouldBe(["row 3", "row 4", "row 5"]);
        (await app.CountAsync<PracticeQuestion>()).ShouldBe(0);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task A_good_file_adds_numbered_questions_with_normalised_answers(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        app.RunAs(AppRoles.Organizer);
        var bankId = await app.SendAsync(new CreateQuestionBankCommand { Name = "车工题库" });

        var result = await app.SendAsync(new ImportQuestionsCommand { BankId = bankId, FileName = "bank.xlsx", Content = PracticeWorld.GoodFile(), DryRun = false });

        (result.Committed, result.QuestionCount, result.BankSize).ShouldBe((true, 3, 3));
        var bank = await app.SendAsync(new GetQuestionBankQuery(bankId));
        bank.Questions.Select(q => (q.Number, q.Kind, q.Answer, q.Points, q.Options.Count))
            .ShouldBe([(1, QuestionKind.SingleChoice, "A", 1, 2), (2, QuestionKind.MultipleChoice, "ABC", 2, 4), (3, QuestionKind.TrueFalse, "F", 1, 0)]);
        (await app.SendAsync(new ListQuestionBanksQuery())).Select(b => (b.Name, b.Questions)).ShouldBe([("车工题库", 3)]);
    }

    [Theory, SqliteData, PostgreSqlData, SqlServerData]
    public async Task Only_admins_organizers_and_federation_reviewers_keep_banks(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var directory = await app.SeedDirectoryAsync();
        app.RunAs(AppRoles.HrReviewer); // federation reviewer: no enterprise
        await app.SendAsync(new CreateQuestionBankCommand { Name = "焊工题库" });
        app.RunAs(AppRoles.HrReviewer, enterpriseId: directory.EnterpriseId);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new CreateQuestionBankCommand { Name = "企业题库" }));
        app.RunAs(AppRoles.Worker, workerId: 1);
        await Should.ThrowAsync<ForbiddenException>(() => app.SendAsync(new ListQuestionBanksQuery()));
    }
}
