using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace SkillsLadder.Web.Tests.Cluster;

/// <summary>Database:TransactionPooling: what it changes in the connection string, and the start it refuses.</summary>
public sealed class TransactionPoolingTests
{
    [Fact]
    public void Through_a_transaction_pool_no_statement_is_prepared_and_no_reset_is_sent()
    {
        var pooled = new NpgsqlConnectionStringBuilder(DatabaseSetup.ForPooler(
            new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, TransactionPooling = true }, "Host=pool;Database=sl;Max Auto Prepare=20"));
        pooled.MaxAutoPrepare.ShouldBe(0);
        pooled.NoResetOnClose.ShouldBeTrue();
        DatabaseSetup.ForPooler(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql }, "Host=db;Max Auto Prepare=20")
            .ShouldBe("Host=db;Max Auto Prepare=20"); // straight to the server: as configured
    }

    [Fact]
    public void Transaction_pooling_without_a_connection_of_the_job_engines_own_is_refused_at_start()
    {
        using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseEnvironment("Testing")
            .UseSetting("Database:Provider", "PostgreSql").UseSetting("ConnectionStrings:SkillsLadder", "Host=unused.invalid;Database=sl")
            .UseSetting("Database:TransactionPooling", "true"));
        var refused = Should.Throw<Exception>(() => app.Services);
        for (var e = refused; e is not null; e = e.InnerException)
            if (e.Message.Contains("ConnectionStrings:Jobs")) return;
        throw new ShouldAssertException("The start was refused for another reason: " + refused);
    }
}
