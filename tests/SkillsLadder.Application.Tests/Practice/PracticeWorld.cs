using SkillsLadder.Application.Common.Tables;
using SkillsLadder.Application.Features.Practice;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.People;

namespace SkillsLadder.Application.Tests.Practice;

/// <summary>
/// A small city for online practice: enterprise A (industry 1), B and C (industry 2), workers in each, a bank of three
/// questions (单选 1 point, 多选 2 points, 判断 1 point: 4 in all) and a round open from 08:00 to 10:00 UTC on 30 June.
/// </summary>
internal sealed record PracticeCity(int IndustryOne, int IndustryTwo, int A, int B, int C, int BankId, int RoundId, IReadOnlyDictionary<string, int> Workers);

internal static class PracticeWorld
{
    public static readonly DateTime Opens = new(2026, 6, 30, 8, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime Closes = Opens.AddHours(2);
    public static readonly string[] Headers = ["题型", "题干", "选项A", "选项B", "选项C", "选项D", "答案", "分值"];
    public const string SingleStem = "车削外圆时主轴转速依据什么确定？", Multiple = "切削用量三要素包括：", TrueFalse = "车床开动时可以测量工件尺寸。";
    public static readonly Dictionary<string, string> Keys = new() { [SingleStem] = "A", [Multiple] = "ABC", [TrueFalse] = "F" };

    public static byte[] Xlsx(params object?[][] rows) => XlsxWriter.Write("题库", Headers, rows.Select(r => (IReadOnlyList<object?>)r));

    public static byte[] GoodFile() => Xlsx(
        ["单选", SingleStem, "切削速度和工件直径", "进给量", null, null, "A", 1],
        ["多选", Multiple, "切削速度", "进给量", "背吃刀量", "刀具材料", "A,B,C", 2],
        ["判断", TrueFalse, null, null, null, null, "错", 1]);

    public static async Task<PracticeCity> CreatePracticeCityAsync(this TestApp app)
    {
        var directory = await app.SeedDirectoryAsync();
        var industryTwo = new Industry("E47", "房屋建筑业");
        await app.InsertAsync(industryTwo);
        var b = new Enterprise("杭州建工集团有限公司", TestData.CreditCode(2), industryTwo.Id, "上城区", null);
        var c = new Enterprise("杭州市政工程有限公司", TestData.CreditCode(3), industryTwo.Id, "西湖区", null);
        await app.InsertAsync(b, c);
        var workers = new Dictionary<string, int>();
        var homes = new[] { ("W1", directory.EnterpriseId), ("W2", directory.EnterpriseId), ("W3", directory.EnterpriseId), ("W4", c.Id), ("W5", b.Id), ("W6", b.Id) };
        for (var i = 0; i < homes.Length; i++)
        {
            var worker = new Worker($"职工{i + 1}", TestData.IdNumber(new DateOnly(1990, 1, 1 + i), i + 1), homes[i].Item2, directory.OccupationId, new DateOnly(2015, 3, 1), true);
            await app.InsertAsync(worker);
            workers[homes[i].Item1] = worker.Id;
        }
        app.RunAs(AppRoles.Organizer);
        var bankId = await app.SendAsync(new CreateQuestionBankCommand { Name = "车工题库", OccupationId = directory.OccupationId });
        await app.SendAsync(new ImportQuestionsCommand { BankId = bankId, FileName = "bank.xlsx", Content = GoodFile(), DryRun = false });
        var roundId = await app.SendAsync(new CreatePracticeRoundCommand
        {
            BankId = bankId, Title = "车工网上练兵", OpensAt = Opens, ClosesAt = Closes, DurationMinutes = 20, QuestionCount = 3, Seed = 7,
        });
        return new PracticeCity(directory.IndustryId, industryTwo.Id, directory.EnterpriseId, b.Id, c.Id, bankId, roundId, workers);
    }

    /// <summary>The worker starts at <paramref name="startAt"/> and hands in after <paramref name="seconds"/>, right on the stems named.</summary>
    public static async Task<Domain.Training.PracticeMark> TakeAsync(this TestApp app, PracticeCity city, string worker, DateTime startAt, int seconds, params string[] right)
    {
        app.RunAs(AppRoles.Worker, workerId: city.Workers[worker]);
        app.Clock.Now = startAt;
        var attempt = await app.SendAsync(new StartPracticeAttemptCommand(city.RoundId));
        app.Clock.Now = startAt.AddSeconds(seconds);
        var answers = attempt.Questions.Select(q => right.Contains(q.Stem) ? Keys[q.Stem] : q.Kind == Domain.Training.QuestionKind.TrueFalse ? "T" : "B").ToList();
        return await app.SendAsync(new HandInPracticeAttemptCommand { AttemptId = attempt.Id, Answers = answers });
    }
}
