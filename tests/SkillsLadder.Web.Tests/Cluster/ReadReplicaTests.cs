using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace SkillsLadder.Web.Tests.Cluster;

/// <summary>
/// ConnectionStrings:SkillsLadderReadOnly pointed at a second database (opened read-only, so a write sent there would
/// fail) that holds a contest and workers the primary does not: what a page reads shows which server it read.
/// </summary>
public sealed class ReadReplicaTests
{
    [Theory, SqliteData, PostgreSqlData]
    public async Task Public_boards_and_reports_read_the_replica_while_accounts_and_every_other_endpoint_use_the_primary(DatabaseProvider provider)
    {
        await using var replica = await TestDatabase.CreateAsync(provider);
        var contest = await ClusterContest.CreateAsync(replica, entrants: 2, judges: 1);
        IAsyncLifetime app = new ReplicaWebApp(provider, ReadOnly(provider, replica.ConnectionString));
        await app.InitializeAsync();
        try
        {
            await ReadsAsync((WebApp)app, contest);
        }
        finally
        {
            await app.DisposeAsync(); // the factory and its primary database
        }
    }

    private static async Task ReadsAsync(WebApp app, ClusterContest contest)
    {

        var anonymous = app.CreateClient();
        var board = await anonymous.GetFromJsonAsync<JsonElement>($"/api/public/boards/{contest.CompetitionId}");
        board.GetProperty("competitionName").GetString().ShouldBe("集群压力测试竞赛"); // only the replica has it
        (await anonymous.GetStringAsync($"/Board/{contest.CompetitionId}")).ShouldContain("集群压力测试竞赛");

        // The account exists on the primary only: signing in, and the token's check on every request, read the primary.
        var admin = await app.ClientAsAsync(AppRoles.Admin);
        (await admin.GetAsync($"/api/competitions/{contest.CompetitionId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound); // the jury's API: primary
        var overview = await admin.GetFromJsonAsync<JsonElement>("/api/reports/talent/overview");
        overview.GetProperty("counts").GetProperty("total").GetInt32().ShouldBe(2); // the replica's two workers; the primary has none
        (await admin.GetAsync("/Reports/Talent")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>Opened read-only: SQLite's read-only mode, PostgreSQL's read-only transactions (as on a hot standby).</summary>
    private static string ReadOnly(DatabaseProvider provider, string connectionString) => provider == DatabaseProvider.Sqlite
        ? connectionString + ";Mode=ReadOnly"
        : new NpgsqlConnectionStringBuilder(connectionString) { Options = "-c default_transaction_read_only=on" }.ConnectionString;

    private sealed class ReplicaWebApp(DatabaseProvider provider, string replica) : WebApp(provider)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ConnectionStrings:SkillsLadderReadOnly", replica);
        }
    }
}
