using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SkillsLadder.Application.Common;
using SkillsLadder.Data;
using SkillsLadder.Data.Idempotency;

namespace SkillsLadder.Application.Features.Scoring;

/// <summary>
/// Idempotency-Key support for commands: a key is per user; the first request under it stores its answer in the same
/// transaction as its effect; a retry with the same body gets that answer back without applying anything; the same key
/// with a different body is refused (a client bug that silently ignoring would hide).
/// </summary>
public static class IdempotentRequests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>SHA-256 (hex) of the request's canonical JSON: the request record without its key.</summary>
    public static string Hash<T>(T canonical) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(canonical, Json))));

    /// <summary>The stored answer when this key was already used for the same request; null when the key is new.</summary>
    public static async Task<TResult?> ReplayAsync<TResult>(this SkillsLadderDbContext db, string userName, string? key, string hash, CancellationToken ct)
        where TResult : class
    {
        if (string.IsNullOrEmpty(key)) return null;
        var done = await db.ProcessedRequests.AsNoTracking().SingleOrDefaultAsync(r => r.UserName == userName && r.Key == key, ct);
        if (done is null) return null;
        if (done.RequestHash != hash)
            throw new ConflictException("idempotency.key_reused",
                "这个 Idempotency-Key 已用于另一份内容不同的请求；新的请求请使用新的键。");
        return JsonSerializer.Deserialize<TResult>(done.ResultJson, Json);
    }

    /// <summary>Records the answer; saved by the command's transaction together with the effect.</summary>
    public static void Remember<TResult>(this SkillsLadderDbContext db, string userName, string? key, string hash, TResult result, DateTime at)
    {
        if (string.IsNullOrEmpty(key)) return;
        db.ProcessedRequests.Add(new ProcessedRequest
        {
            Key = key, UserName = userName, RequestHash = hash, ResultJson = JsonSerializer.Serialize(result, Json), CreatedAt = at,
        });
    }
}
