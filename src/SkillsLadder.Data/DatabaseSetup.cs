using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SkillsLadder.Data;

public static class DatabaseSetup
{
    /// <summary>Registers the DbContext on the provider that configuration names, with its own migrations assembly.</summary>
    public static IServiceCollection AddSkillsLadderData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (options.Provider != DatabaseProvider.Sqlite)
                throw new InvalidOperationException(
                    $"Database:Provider is {options.Provider} but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is empty.");
            connectionString = DefaultSqliteConnectionString(Path.Combine(contentRoot, options.DataFolder));
        }

        connectionString = ForPooler(options, connectionString);
        var readOnly = configuration.GetConnectionString(DatabaseOptions.ReadOnlyConnectionStringName);
        if (!string.IsNullOrWhiteSpace(readOnly)) readOnly = ForPooler(options, readOnly);
        services.AddSingleton(options);
        services.AddSingleton(new ReadOnlyDatabase(string.IsNullOrWhiteSpace(readOnly) ? null : readOnly));
        // Interceptors (the audit log) are registered by the layers that know who the user is.
        services.AddDbContext<SkillsLadderDbContext>((sp, builder) => Configure(builder, options.Provider, connectionString)
            .AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>()));
        services.AddScoped<DatabaseInitializer>();
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        var migrations = DatabaseOptions.MigrationsAssembly(provider);
        return provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o => o.MigrationsAssembly(migrations)),
            DatabaseProvider.PostgreSql => builder.UseNpgsql(connectionString, o => o.MigrationsAssembly(migrations)),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString, o => o.MigrationsAssembly(migrations)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
    }

    /// <summary>
    /// Through a transaction-mode pool the next transaction may run on another server session: a statement prepared
    /// on one would be missing on the next (Npgsql's automatic preparation is off), and the reset Npgsql sends when a
    /// pooled connection is reused would only cost a round trip (the pool resets sessions itself).
    /// </summary>
    public static string ForPooler(DatabaseOptions options, string connectionString) =>
        options is { Provider: DatabaseProvider.PostgreSql, TransactionPooling: true }
            ? new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 0, NoResetOnClose = true }.ConnectionString
            : connectionString;

    public static string DefaultSqliteConnectionString(string folder)
    {
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "skillsladder.db")};Cache=Shared;Pooling=True";
    }
}
