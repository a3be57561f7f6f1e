using System.Threading.RateLimiting;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Data;
using SkillsLadder.Data.Cluster;

namespace SkillsLadder.Web.Infrastructure;

/// <summary>
/// A fixed-window limit on one client address's sign-in attempts, counted in the shared database, so the limit holds
/// for the whole cluster: with a counter per node, N nodes behind a round-robin balancer would allow N times the
/// limit. Windows are aligned to the clock (every node computes the same window start), and one UPDATE moves the
/// count atomically whichever node the attempt reached. Costs two or three small statements per attempt, next to a
/// password hash that takes far longer; nothing at all for other requests.
/// </summary>
public sealed class SharedSignInLimiter(IServiceScopeFactory scopes, TimeProvider clock, string address, int permitLimit, TimeSpan window) : RateLimiter
{
    private long _lastUsed = clock.GetTimestamp();

    /// <summary>It holds no count itself, so the partitioned limiter may drop it once unused.</summary>
    public override TimeSpan? IdleDuration => clock.GetElapsedTime(Interlocked.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    /// <summary>
    /// Counting needs the database, so the synchronous try never counts: it declines, and the rate-limiting middleware
    /// then waits on <see cref="AcquireAsyncCore"/>, which counts the attempt once.
    /// </summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => new Lease(permitCount == 0, null);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsed, clock.GetTimestamp());
        if (permitCount == 0) return new Lease(true, null);
        var now = clock.GetUtcNow().UtcDateTime;
        var start = new DateTime(now.Ticks - now.Ticks % window.Ticks, DateTimeKind.Utc);
        await using var scope = scopes.CreateAsyncScope();
        var attempts = await CountAsync(scope.ServiceProvider.GetRequiredService<SkillsLadderDbContext>(), start, cancellationToken);
        return attempts <= permitLimit ? new Lease(true, null) : new Lease(false, start + window - now);
    }

    /// <summary>Adds this attempt to the address's window (a new window starts at one) and returns the count.</summary>
    private async Task<int> CountAsync(SkillsLadderDbContext db, DateTime start, CancellationToken ct)
    {
        var key = address.Length > SignInWindow.AddressMaxLength ? address[..SignInWindow.AddressMaxLength] : address;
        for (var attempt = 0; ; attempt++)
        {
            var updated = await db.SignInWindows.Where(w => w.Address == key).ExecuteUpdateAsync(s => s
                .SetProperty(w => w.Attempts, w => w.WindowStart == start ? w.Attempts + 1 : 1)
                .SetProperty(w => w.WindowStart, start), ct);
            if (updated > 0) return await db.SignInWindows.Where(w => w.Address == key).Select(w => w.Attempts).SingleAsync(ct);
            // The address's first attempt for a while: its row, and old addresses' rows go.
            await db.SignInWindows.Where(w => w.WindowStart < start.AddDays(-1)).ExecuteDeleteAsync(ct);
            db.SignInWindows.Add(new SignInWindow { Address = key, WindowStart = start, Attempts = 1 });
            try
            {
                await db.SaveChangesAsync(ct);
                return 1;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                db.ChangeTracker.Clear(); // another node inserted the row first: count on it
            }
        }
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
