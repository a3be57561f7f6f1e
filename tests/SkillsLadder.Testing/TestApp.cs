using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SkillsLadder.Application;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;

namespace SkillsLadder.Testing;

/// <summary>
/// The slice-test fixture: the same service registrations as the web host, on a fresh real database,
/// with a settable user and clock. Every SendAsync runs in its own scope, as a web request would.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private TestApp(TestDatabase database, ServiceProvider services)
    {
        Database = database;
        _services = services;
    }

    public TestDatabase Database { get; }
    public TestUser User { get; } = new();
    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 6, 30, 8, 0, 0, TimeSpan.Zero));

    public static async Task<TestApp> StartAsync(DatabaseProvider provider, Action<IServiceCollection>? configure = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:SkillsLadder"] = database.ConnectionString,
        }).Build();
        TestApp? app = null;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSkillsLadderData(configuration, Path.GetTempPath());
        services.AddSkillsLadderApplication(configuration);
        services.AddScoped<ICurrentUser>(_ => app!.User);
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(_ => app!.Clock);
        configure?.Invoke(services);
        app = new TestApp(database, services.BuildServiceProvider(validateScopes: true));
        return app;
    }

    public async Task<T> SendAsync<T>(IRequest<T> request)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public async Task<T> QueryAsync<T>(Func<SkillsLadderDbContext, Task<T>> query)
    {
        await using var db = Database.CreateContext();
        return await query(db);
    }

    public async Task InsertAsync(params object[] entities)
    {
        await using var db = Database.CreateContext();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }

    public Task<T?> FindAsync<T>(int id) where T : class => QueryAsync(db => db.Set<T>().FindAsync(id).AsTask());

    public Task<int> CountAsync<T>() where T : class => QueryAsync(db => db.Set<T>().CountAsync());

    /// <summary>Acts as the given role (null: anonymous), worker and enterprise until changed again.</summary>
    public TestApp RunAs(string? role, int? workerId = null, int? enterpriseId = null, int? userId = null, string? userName = null)
    {
        User.Role = role;
        User.UserId = userId;
        User.Name = userName;
        User.WorkerId = workerId;
        User.EnterpriseId = enterpriseId;
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>The user of a slice test: an admin unless the test says otherwise (RunAs).</summary>
public sealed class TestUser : ICurrentUser
{
    public string? Role { get; set; } = SkillsLadder.Data.Identity.AppRoles.Admin;
    public int? WorkerId { get; set; }
    public int? EnterpriseId { get; set; }
    public int? UserId { get; set; }
    /// <summary>Overrides the default user name, to tell two officials of the same role apart.</summary>
    public string? Name { get; set; }
    public bool IsAuthenticated => Role is not null;
    public string? UserName => Role is null ? null : Name ?? $"test-{Role.ToLowerInvariant()}";
    public bool IsInRole(string role) => Role == role;
}

public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now;
}
