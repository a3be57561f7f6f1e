using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Domain.Competitions;
using SkillsLadder.Domain.People;
using SkillsLadder.Web.Tests.Jobs;

namespace SkillsLadder.Web.Tests.Cluster;

/// <summary>
/// A contest in marking for the cluster tests, written through the domain as the handlers write it: practical only
/// (A1 /40, A2 /30 measured in half points, B1 a 0–3 judgement /30), one panel of every judge, each judge a real
/// account that signs in with <see cref="Password"/>, as does the organizer <see cref="Organizer"/>.
/// </summary>
public sealed record ClusterContest(int CompetitionId, int PanelId, IReadOnlyList<int> EntrantIds, IReadOnlyList<string> Judges)
{
    public const string Password = "cluster-pass-2026";
    public const string Organizer = "corganizer";

    /// <param name="openMarking">
    /// Straight into marking in the database; otherwise left in registration for <see cref="OpenMarkingAsync"/>, which
    /// moves it through the API as an organizer would (that builds the live board's rows, as a real contest has them).
    /// </param>
    public static async Task<ClusterContest> CreateAsync(TestDatabase database, int entrants, int judges, bool openMarking = true)
    {
        await using var db = database.CreateContext();
        var (occupationId, enterpriseId) = await JobsData.CreateDirectoryAsync(db);
        var now = DateTime.UtcNow;
        var competition = new Competition(CompetitionData.Details(occupationId, "集群压力测试竞赛"), "organizer", now);
        competition.ReplaceScheme(new SchemeDefinition(
        [
            new ComponentSpec("实际操作", ComponentKind.Practical, 100,
            [
                new CriterionSpec("A", "工件质量", [CompetitionData.Measurement("A1", "尺寸精度", 40, 0.5m, 40), CompetitionData.Measurement("A2", "形位公差", 30, 0.5m, 30)]),
                new CriterionSpec("B", "操作规范", [CompetitionData.Judgement("B1", "安全文明操作", 30, AggregationRule.Mean, 3)]),
            ]),
        ]));
        competition.MoveTo(CompetitionStatus.Registration, new CompetitionFacts(true, 0, 0, 0, false), "organizer", now);
        var workers = Enumerable.Range(1, entrants).Select(i => new Worker($"选手{i:D3}", TestData.IdNumber(new DateOnly(1985, 1, 1).AddDays(i), 100 + i),
            enterpriseId, occupationId, new DateOnly(2012, 1, 1), true)).ToList();
        db.AddRange([competition, .. workers]);
        await db.SaveChangesAsync();

        var users = await CreateAccountsAsync(db, AppRoles.Judge, Enumerable.Range(1, judges).Select(i => ($"cjudge{i}", $"裁判{i}")));
        await CreateAccountsAsync(db, AppRoles.Organizer, [(Organizer, "组织者")]);
        var entrantRows = workers.Select((w, i) => new Entrant(competition.Id, i + 1, null, [w.Id], "organizer", now)).ToList();
        var seats = users.Select((u, i) => new CompetitionJudge(competition.Id, u.Id, u.DisplayName, null, i == 0)).ToList();
        db.AddRange([.. entrantRows, .. seats]);
        await db.SaveChangesAsync();
        var criteria = await db.MarkingCriteria.Where(k => db.MarkingComponents.Any(m => m.Id == k.ComponentId && m.CompetitionId == competition.Id))
            .Select(k => k.Id).ToListAsync();
        var panel = new JudgePanel(competition.Id, "实操组");
        panel.Assign(seats.Select(s => s.Id).ToList(), criteria);
        db.Add(panel);
        if (openMarking) competition.MoveTo(CompetitionStatus.Marking, new CompetitionFacts(true, entrants, judges, 0, false), "organizer", now);
        await db.SaveChangesAsync();
        db.StandingsDemands.RemoveRange(db.StandingsDemands); // the load makes its own; none from the setup
        await db.SaveChangesAsync();
        return new ClusterContest(competition.Id, panel.Id, entrantRows.Select(e => e.Id).ToList(), users.Select(u => u.UserName!).ToList());
    }

    /// <summary>The organizer opens marking through the API (through <paramref name="node"/> or the balancer).</summary>
    public async Task OpenMarkingAsync(Uri node)
    {
        using var http = new HttpClient { BaseAddress = node };
        var token = await http.PostAsJsonAsync("/api/auth/token", new { userName = Organizer, password = Password });
        token.EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        var moved = await http.PostAsJsonAsync($"/api/competitions/{CompetitionId}/status", new { to = "Marking" });
        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync());
    }

    /// <summary>Accounts with a known password (hashed as Identity hashes it), no one-time password to change.</summary>
    private static async Task<List<AppUser>> CreateAccountsAsync(SkillsLadderDbContext db, string roleName, IEnumerable<(string UserName, string DisplayName)> accounts)
    {
        var hasher = new PasswordHasher<AppUser>();
        var users = accounts.Select(a => new AppUser
        {
            UserName = a.UserName, NormalizedUserName = a.UserName.ToUpperInvariant(), DisplayName = a.DisplayName,
            SecurityStamp = Guid.NewGuid().ToString(), ConcurrencyStamp = Guid.NewGuid().ToString(),
        }).ToList();
        foreach (var user in users) user.PasswordHash = hasher.HashPassword(user, Password);
        db.Users.AddRange(users);
        await db.SaveChangesAsync();
        var role = await db.Roles.Where(r => r.Name == roleName).Select(r => r.Id).SingleAsync();
        db.UserRoles.AddRange(users.Select(u => new IdentityUserRole<int> { UserId = u.Id, RoleId = role }));
        await db.SaveChangesAsync();
        return users;
    }

    /// <summary>What judge <paramref name="judge"/> types for an entrant in a round: every aspect, changing from round to round.</summary>
    public static IReadOnlyList<(string Code, string Value)> Marks(int judge, int entrant, int round) =>
    [
        ("A1", ((entrant * 7 + judge * 3 + round) % 81 * 0.5m).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)),
        ("A2", ((entrant * 5 + judge + round * 3) % 61 * 0.5m).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)),
        ("B1", ((entrant + judge + round) % 4).ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];
}
