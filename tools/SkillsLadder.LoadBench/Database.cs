using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SkillsLadder.LoadBench;

/// <summary>The bench's own reads and the one thing it writes directly: the national catalogue a fresh install lacks.</summary>
public static class Database
{
    public static DbConnection Open(string provider, string connection) =>
        provider == "PostgreSql" ? new NpgsqlConnection(connection) : new SqliteConnection(connection);

    /// <summary>
    /// An industry and an occupation (国民经济行业分类, 职业分类大典): reference data with no page of its own, loaded
    /// by the demo city or an installation's import; the contests need one of each.
    /// </summary>
    public static async Task SeedCatalogueAsync(string provider, string connection)
    {
        await using var db = Open(provider, connection);
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = """
            INSERT INTO "Industries" ("Code", "Name") SELECT 'C34', '通用设备制造业' WHERE NOT EXISTS (SELECT 1 FROM "Industries");
            INSERT INTO "Occupations" ("Code", "Name") SELECT '6-18-01-01', '车工' WHERE NOT EXISTS (SELECT 1 FROM "Occupations");
            """;
        await command.ExecuteNonQueryAsync();
    }
}
