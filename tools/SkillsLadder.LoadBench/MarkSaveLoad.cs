using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace SkillsLadder.LoadBench;

/// <summary>
/// Mark saves over HTTP as judges make them: each client owns a share of the sheets (a judge works through their own
/// entrants), saves all four entries with new values and an Idempotency-Key, and carries the sheet version it got
/// back into its next save of that sheet. A refusal (409 stale version, 5xx) counts as failed, never as a save.
/// </summary>
public sealed class MarkSaveLoad(HttpClient http, Contests contests, ConcurrentDictionary<SheetAddress, int>? versions = null)
{
    /// <summary>Each sheet's version as last returned: runs (and a restarted app's) continue where the previous left off.</summary>
    private readonly ConcurrentDictionary<SheetAddress, int> _versions = versions ?? new();

    /// <summary>The same sheets at the same versions, through another app (its own tokens).</summary>
    public MarkSaveLoad With(HttpClient other, IReadOnlyList<string> tokens) => new(other, contests with { JudgeTokens = tokens }, _versions);
    private long _round;

    public Task<LoadResult> RunAsync(int clients, IReadOnlyCollection<int> competitionIds, TimeSpan warmup, TimeSpan duration, LiveProbe? probe = null,
        CpuMeter? cpu = null)
    {
        var sheets = contests.Sheets.Where(s => competitionIds.Contains(s.CompetitionId) && probe?.Owns(s) != true).ToList();
        var shares = Enumerable.Range(0, clients).Select(k => sheets.Where((_, i) => i % clients == k).OrderBy(s => HashCode.Combine(s, k)).ToList()).ToList();
        var round = Interlocked.Increment(ref _round);
        return HttpLoad.RunAsync(clients, warmup, duration,
            async (client, n) => await SaveAsync(shares[client][(int)(n % shares[client].Count)], (int)((round * 7 + n) % 50)) is not null,
            cpu, probe is null ? null : stop => probe.RunAsync(this, stop));
    }

    /// <summary>One save of the sheet's four aspects at half-point steps (0–24.5), its version carried forward; how many entries changed, null when refused.</summary>
    public async Task<int?> SaveAsync(SheetAddress sheet, int step)
    {
        var version = _versions.GetValueOrDefault(sheet);
        var value = (step * 0.5m).ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/competitions/{sheet.CompetitionId}/sheets/{sheet.PanelId}/{sheet.EntrantId}")
        {
            Content = JsonContent.Create(new { version, entries = contests.AspectCodes.Select(code => new { aspectCode = code, value }) }, options: Api.Json),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", contests.JudgeTokens[sheet.Judge]);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        try
        {
            using var response = await http.SendAsync(request);
            if (!response.IsSuccessStatusCode)
            {
                if ((int)response.StatusCode == 409) await ResyncAsync(sheet);
                return null;
            }
            var saved = await response.Content.ReadFromJsonAsync<JsonElement>(Api.Json);
            _versions[sheet] = saved.GetProperty("version").GetInt32();
            return saved.GetProperty("changed").GetInt32();
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>After a refusal the client reads the sheet again, as the page does, and goes on from its version.</summary>
    private async Task ResyncAsync(SheetAddress sheet)
    {
        var read = await Api.SendAsync<JsonElement>(http, contests.JudgeTokens[sheet.Judge], HttpMethod.Get,
            $"/api/competitions/{sheet.CompetitionId}/sheets/{sheet.PanelId}/{sheet.EntrantId}");
        _versions[sheet] = read.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : 0;
    }
}
