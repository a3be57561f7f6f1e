using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using SkillsLadder.Domain.Organisations;
using SkillsLadder.Domain.People;

namespace SkillsLadder.LoadBench;

/// <summary>One judge's sheet for one entrant: what a mark save addresses.</summary>
public sealed record SheetAddress(int CompetitionId, int PanelId, int EntrantId, int Judge);

/// <summary>Contests in marking and the judges' tokens, set up through the API as an organizer would.</summary>
public sealed record Contests(string Tag, IReadOnlyList<int> CompetitionIds, IReadOnlyList<SheetAddress> Sheets, IReadOnlyList<string> JudgeTokens, IReadOnlyList<string> AspectCodes);

/// <summary>
/// Sets up the contests by the API: an enterprise and its workers, an organizer and judges (each choosing their
/// own password at first sign-in), then per contest a practical scheme of 4 measured aspects (25 points each), the
/// entrants, the judges on one panel, and marking started.
/// </summary>
public static class ContestSetup
{
    public const string Password = "Bench-judge-2026!";

    public static string JudgeUserName(string tag, int judge) => $"judge{judge}.{tag}";

    public static async Task<Contests> CreateAsync(HttpClient http, int contests, int entrants, int judges, string tag)
    {
        var admin = await Api.SignInAsync(http, AppNode.AdminUser, AppNode.AdminPassword);
        var reference = await Api.SendAsync<JsonElement>(http, admin, HttpMethod.Get, "/api/reference");
        var industry = reference.GetProperty("industries")[0].GetProperty("id").GetInt32();
        var occupation = reference.GetProperty("occupations")[0].GetProperty("id").GetInt32();
        var serial = Math.Abs(tag.GetHashCode()) % 100_000;
        var creditCode = "91330100" + serial.ToString("D9", CultureInfo.InvariantCulture);
        var enterprise = await Api.CreateAsync(http, admin, "/api/enterprises", new
        {
            name = $"压测机械有限公司{tag}", creditCode = creditCode + UnifiedSocialCreditCode.CheckCharacter(creditCode), industryId = industry, district = "滨江区",
        });
        var organizer = await AccountAsync(http, admin, $"org.{tag}", "Organizer");
        var judgeAccounts = new List<(int Id, string Token)>();
        for (var j = 0; j < judges; j++) judgeAccounts.Add(await AccountTokenAsync(http, admin, JudgeUserName(tag, j), "Judge"));

        var ids = new List<int>();
        var sheets = new List<SheetAddress>();
        for (var c = 0; c < contests; c++)
        {
            var workers = await ParallelAsync(entrants, i => Api.CreateAsync(http, admin, "/api/workers", new
            {
                fullName = $"选手{c}-{i}", nationalIdNumber = IdNumber(serial, c * entrants + i), enterpriseId = enterprise, occupationId = occupation,
                hireDate = "2012-01-01", isUnionMember = true, education = "None",
            }));
            var competition = await Api.CreateAsync(http, organizer, "/api/competitions", new
            {
                name = $"压测竞赛{tag}-{c}", level = "City", @class = "Unclassified", occupationId = occupation, organizer = "市总工会", venue = "市职工技能实训基地",
                startsOn = "2026-12-01", endsOn = "2026-12-31", teamSize = 1,
            });
            var scheme = await Api.SendAsync<JsonElement>(http, organizer, HttpMethod.Put, $"/api/competitions/{competition}/scheme", new
            {
                version = 0,
                components = new[]
                {
                    new { name = "实操", kind = "Practical", weightPercent = 100, criteria = new[]
                    {
                        new { code = "A", name = "零件加工", aspects = AspectCodes.Select(code => new
                        {
                            code, description = $"尺寸 {code}", kind = "Measurement", maximum = 25m, aggregation = "Mean", allowedGap = 25m, step = 0.5m,
                        }).ToArray() },
                    } },
                },
            });
            var criterion = scheme.GetProperty("components")[0].GetProperty("criteria")[0].GetProperty("id").GetInt32();
            await Api.SendAsync<JsonElement?>(http, organizer, HttpMethod.Post, $"/api/competitions/{competition}/status", new { to = "Registration" });
            var entrantIds = await ParallelAsync(entrants, i => RegisterAsync(http, organizer, competition, workers[i], i + 1));
            var seats = new List<int>();
            foreach (var (judgeId, _) in judgeAccounts)
                seats.Add(await Api.CreateAsync(http, organizer, $"/api/competitions/{competition}/judges", new { userId = judgeId, isChief = false }));
            var panel = await Api.CreateAsync(http, organizer, $"/api/competitions/{competition}/panels", new
            {
                name = "实操组", judgeIds = seats, criterionIds = new[] { criterion },
            });
            await Api.SendAsync<JsonElement?>(http, organizer, HttpMethod.Post, $"/api/competitions/{competition}/status", new { to = "Marking" });
            ids.Add(competition);
            sheets.AddRange(from e in entrantIds from j in Enumerable.Range(0, judges) select new SheetAddress(competition, panel, e, j));
        }
        return new Contests(tag, ids, sheets, judgeAccounts.Select(j => j.Token).ToList(), AspectCodes);
    }

    public static readonly IReadOnlyList<string> AspectCodes = ["A1", "A2", "A3", "A4"];

    private static async Task<int> RegisterAsync(HttpClient http, string organizer, int competition, int worker, int bib) =>
        await Api.CreateAsync(http, organizer, $"/api/competitions/{competition}/entrants", new { workerIds = new[] { worker }, bib });

    private static async Task<string> AccountAsync(HttpClient http, string admin, string userName, string role) =>
        (await AccountTokenAsync(http, admin, userName, role)).Token;

    private static async Task<(int Id, string Token)> AccountTokenAsync(HttpClient http, string admin, string userName, string role)
    {
        var created = await Api.SendAsync<JsonElement>(http, admin, HttpMethod.Post, "/api/accounts", new { userName, displayName = userName, role });
        var token = await Api.FirstSignInAsync(http, userName, created.GetProperty("initialPassword").GetString()!, Password);
        return (created.GetProperty("id").GetInt32(), token);
    }

    /// <summary>A valid resident id: Hangzhou, a birth date per contest block, a serial, its check character.</summary>
    private static string IdNumber(int tag, int n)
    {
        var birth = new DateOnly(1980, 1, 1).AddDays(tag % 3000 + n / 900);
        var first17 = "330102" + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (n % 900 + 100).ToString("D3", CultureInfo.InvariantCulture);
        return first17 + NationalIdNumber.CheckCharacter(first17);
    }

    private static async Task<List<int>> ParallelAsync(int count, Func<int, Task<int>> make)
    {
        var results = new int[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) => results[i] = await make(i));
        return results.ToList();
    }
}
