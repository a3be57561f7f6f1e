using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SkillsLadder.Data;

namespace SkillsLadder.Db.Design;

/// <summary>
/// Builds the context for dotnet-ef on the provider named after "--provider" (Sqlite, PostgreSql or SqlServer), with
/// that provider's migrations assembly. Adding a migration or scripting one opens no connection, so the connection
/// strings are placeholders.
/// </summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<SkillsLadderDbContext>
{
    public SkillsLadderDbContext CreateDbContext(string[] args)
    {
        var name = args.SkipWhile(a => a != "--provider").Skip(1).FirstOrDefault() ?? nameof(DatabaseProvider.Sqlite);
        var provider = Enum.Parse<DatabaseProvider>(name, ignoreCase: true);
        var connectionString = provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=design-time.db",
            DatabaseProvider.PostgreSql => "Host=localhost;Database=skillsladder_design",
            _ => "Server=localhost;Database=skillsladder_design;Integrated Security=false",
        };
        var builder = new DbContextOptionsBuilder<SkillsLadderDbContext>();
        DatabaseSetup.Configure(builder, provider, connectionString);
        return new SkillsLadderDbContext(builder.Options);
    }
}
