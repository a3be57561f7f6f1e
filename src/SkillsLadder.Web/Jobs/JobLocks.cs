using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hangfire;
using Hangfire.Server;
using Hangfire.Storage;
using Npgsql;

namespace SkillsLadder.Web.Jobs;

/// <summary>
/// A job method that runs one at a time per resource across every node; "{0}" in the resource is the job's first
/// argument ("skillsladder:ranking:competition-{0}"), so two competitions rank in parallel and one never twice at once.
/// A second run waits for the first up to <see cref="WaitSeconds"/>, then fails and is retried.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OneAtATimeAttribute(string resource, int waitSeconds = OneAtATimeAttribute.DefaultWaitSeconds) : Attribute
{
    public const int DefaultWaitSeconds = 120;
    public string Resource => resource;
    public int WaitSeconds => waitSeconds;
}

/// <summary>Takes the lock a job's <see cref="OneAtATimeAttribute"/> names before it runs (and before its history row), and frees it after.</summary>
public sealed class JobLocks(IJobLockProvider locks) : IServerFilter
{
    public const int Order = 0;
    private const string HeldKey = "skillsladder:lock";

    public void OnPerforming(PerformingContext context)
    {
        var job = context.BackgroundJob.Job;
        if (job.Method.GetCustomAttributes(typeof(OneAtATimeAttribute), false) is not [OneAtATimeAttribute once]) return;
        var resource = string.Format(CultureInfo.InvariantCulture, once.Resource, job.Args.ToArray());
        context.Items[HeldKey] = locks.Acquire(resource, TimeSpan.FromSeconds(once.WaitSeconds));
    }

    public void OnPerformed(PerformedContext context)
    {
        if (context.Items.TryGetValue(HeldKey, out var held)) ((IDisposable)held).Dispose();
    }
}

public interface IJobLockProvider
{
    /// <summary>Held until disposed; throws <see cref="DistributedLockTimeoutException"/> when not had within <paramref name="wait"/>.</summary>
    IDisposable Acquire(string resource, TimeSpan wait);
}

/// <summary>
/// PostgreSQL: a session advisory lock on a connection of its own. It lasts exactly as long as the holder's session:
/// never expires under a slow run, and goes the moment a killed node's session ends. (Hangfire.PostgreSql's own locks
/// are rows that expire after a timeout, so a run slower than the timeout could be joined by a second one.)
/// </summary>
public sealed class PostgreSqlAdvisoryLocks(string connectionString) : IJobLockProvider
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    public IDisposable Acquire(string resource, TimeSpan wait)
    {
        var key = Key(resource);
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
            var deadline = DateTime.UtcNow + wait;
            using var attempt = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
            attempt.Parameters.AddWithValue("key", key);
            while (!(bool)attempt.ExecuteScalar()!)
            {
                if (DateTime.UtcNow > deadline) throw new DistributedLockTimeoutException(resource);
                Thread.Sleep(Poll);
            }
            return new Held(connection, key);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>A stable 64-bit key for the resource name (the same on every node and every run).</summary>
    public static long Key(string resource) => BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(resource)), 0);

    private sealed class Held(NpgsqlConnection connection, long key) : IDisposable
    {
        public void Dispose()
        {
            try
            {
                using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                unlock.Parameters.AddWithValue("key", key);
                unlock.ExecuteScalar();
            }
            finally
            {
                connection.Dispose(); // a pooled session is reset on return as well
            }
        }
    }
}

/// <summary>SQLite and SQL Server: the job storage's own lock (SQLite's is kept alive by a heartbeat; SQL Server's is sp_getapplock, bound to the session).</summary>
public sealed class StorageLocks(JobStorage storage) : IJobLockProvider
{
    public IDisposable Acquire(string resource, TimeSpan wait)
    {
        var connection = storage.GetConnection();
        try
        {
            return new Held(connection, connection.AcquireDistributedLock(resource, wait));
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private sealed class Held(IStorageConnection connection, IDisposable held) : IDisposable
    {
        public void Dispose()
        {
            held.Dispose();
            connection.Dispose();
        }
    }
}
