using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SkillsLadder.Data;

namespace SkillsLadder.Db.Design;

/// <summary>
/// Builds the context for dotnet-ef on the provider named after "--" (Sqlite, PostgreSql, or SqlServer for DDL only).
/// No connection is opened to add a migration, so the connection strings are placeholders.
/// </summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<SkillsLadderDbContext>
{
    public SkillsLadderDbContext CreateDbContext(string[] args)
    {
        var name = args.SkipWhile(a => a != "--provider").Skip(1).FirstOrDefault() ?? nameof(DatabaseProvider.Sqlite);
        if (name.Equals("SqlServer", StringComparison.OrdinalIgnoreCase))
            return new SkillsLadderDbContext(new DbContextOptionsBuilder<SkillsLadderDbContext>()
                .UseSqlServer("Server=design-time;Database=SkillsLadder").Options);
        var provider = Enum.Parse<DatabaseProvider>(name, ignoreCase: true);
        var connectionString = provider == DatabaseProvider.Sqlite
            ? "Data Source=design-time.db"
            : "Host=localhost;Database=skillsladder_design";
        var builder = new DbContextOptionsBuilder<SkillsLadderDbContext>();
        DatabaseSetup.Configure(builder, provider, connectionString);
        return new SkillsLadderDbContext(builder.Options);
    }
}
