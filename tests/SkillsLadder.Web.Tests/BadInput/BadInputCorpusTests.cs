using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace SkillsLadder.Web.Tests.BadInput;

/// <summary>
/// The bad-input corpus (BadInput/corpus.json): specific bad values for the write endpoints that take them, body
/// mutations sent to every JSON write endpoint of the route table, refusals before routing sent to every write
/// endpoint, and hostile files sent to every upload. Each must be answered 4xx (the case's status where it names
/// one) with ProblemDetails and no stack trace, and leave the business tables exactly as they were.
/// </summary>
public sealed class BadInputCorpusTests(BadInputCity city) : IClassFixture<BadInputCity>, IAsyncLifetime
{
    private static readonly string[] WriteMethods = ["POST", "PUT", "PATCH", "DELETE"];
    private static readonly JsonObject Corpus = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "BadInput", "corpus.json")))!.AsObject();

    public Task InitializeAsync() => city.SeedAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private sealed record Case(string Name, string Method, string Url, HttpContent? Content, int[] Expected, IReadOnlyDictionary<string, string> Headers);

    private string Fill(string text)
    {
        foreach (var (key, value) in city.Ids)
        {
            // A quoted placeholder that stands for a number becomes the bare number.
            text = text.Replace($"\"{{{key}}}\"", int.TryParse(value, out _) ? value : JsonSerializer.Serialize(value));
            text = text.Replace($"{{{key}}}", value);
        }
        return text.Replace("{huge}", new string('x', 100_000)).Replace("{hugeDigits}", new string('1', 100_000));
    }

    private static int[] Expected(JsonNode node) => node["expect"]?.AsArray().Select(e => e!.GetValue<int>()).ToArray() ?? [];

    private static Dictionary<string, string> Headers(JsonNode node) =>
        node["headers"]?.AsObject().ToDictionary(h => h.Key, h => h.Value!.GetValue<string>()) ?? [];

    private IEnumerable<RouteEndpoint> WriteEndpoints() => city.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/") == true
                    && e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Any(WriteMethods.Contains) == true);

    private static bool Accepts(RouteEndpoint endpoint, string mediaType) =>
        endpoint.Metadata.GetOrderedMetadata<IAcceptsMetadata>().Any(a => a.ContentTypes.Any(c => c.StartsWith(mediaType, StringComparison.OrdinalIgnoreCase)));

    /// <summary>A route pattern with every parameter filled: refusals before the handler do not depend on the record.</summary>
    private static string Url(RouteEndpoint endpoint) =>
        "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart l => l.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart sep => sep.Content,
            _ => "999999",
        }))));

    private static string Method(RouteEndpoint endpoint) => endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.First(WriteMethods.Contains);

    private static HttpContent Body(string text, string contentType)
    {
        var bytes = text switch
        {
            "{nested}" => Encoding.UTF8.GetBytes(new string('[', 200) + new string(']', 200)),
            "{invalidUtf8}" => [.. "{\"name\":\""u8, 0xff, 0xfe, 0xc3, .. "\"}"u8],
            _ => Encoding.UTF8.GetBytes(text),
        };
        var content = new ByteArrayContent(bytes);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    private IEnumerable<Case> Cases()
    {
        foreach (var node in Corpus["cases"]!.AsArray())
        {
            var body = Fill(node!["body"]!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            yield return new Case(node["name"]!.GetValue<string>(), node["method"]!.GetValue<string>(), Fill(node["url"]!.GetValue<string>()),
                Body(body, node["contentType"]?.GetValue<string>() ?? "application/json"), Expected(node), Headers(node).ToDictionary(h => h.Key, h => Fill(h.Value)));
        }
        var endpoints = WriteEndpoints().ToList();
        foreach (var endpoint in endpoints.Where(e => Accepts(e, "application/json")))
        foreach (var mutation in Corpus["mutations"]!.AsArray())
            yield return new Case($"{mutation!["name"]} → {Method(endpoint)} {endpoint.RoutePattern.RawText}", Method(endpoint), Url(endpoint),
                Body(mutation["body"]!.GetValue<string>(), mutation["contentType"]!.GetValue<string>()), Expected(mutation), Headers(mutation));
        foreach (var endpoint in endpoints)
        foreach (var refusal in Corpus["anyWrite"]!.AsArray())
            yield return new Case($"{refusal!["name"]} → {Method(endpoint)} {endpoint.RoutePattern.RawText}", Method(endpoint), Url(endpoint),
                Body(refusal["body"]!.GetValue<string>(), refusal["contentType"]!.GetValue<string>()), Expected(refusal),
                Headers(refusal).ToDictionary(h => h.Key, h => Fill(h.Value)));
        foreach (var node in Corpus["uploads"]!.AsArray())
        foreach (var file in Corpus["files"]!.AsArray())
        {
            var upload = Fill(UploadUrl(node!));
            var kind = file!["kind"]!.GetValue<string>();
            var form = new MultipartFormDataContent { { new StringContent("1"), "version" }, { new StringContent("false"), "dryRun" } };
            if (kind != "no-file") form.Add(new ByteArrayContent(BadInputFiles.Make(kind)), "file", file["fileName"]!.GetValue<string>());
            var expected = node is JsonObject ? Expected(node) : Expected(file);
            yield return new Case($"{file["name"]} → POST {upload}", "POST", upload, form, expected, new Dictionary<string, string>());
        }
    }

    [Fact]
    public async Task Every_bad_input_is_refused_with_problem_details_and_changes_no_business_table()
    {
        var before = await city.BusinessChecksumAsync();
        var failures = new List<string>();
        var count = 0;
        foreach (var c in Cases())
        {
            count++;
            using var request = new HttpRequestMessage(new HttpMethod(c.Method), c.Url) { Content = c.Content };
            foreach (var (name, value) in c.Headers) request.Headers.TryAddWithoutValidation(name, value);
            using var response = await city.Admin.SendAsync(request);
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync();
            var problem = Problem(text);
            if (status is < 400 or > 499) failures.Add($"{c.Name}: {status} {Short(text)}");
            else if (c.Expected.Length > 0 && !c.Expected.Contains(status)) failures.Add($"{c.Name}: {status}, expected {string.Join('/', c.Expected)} {Short(text)}");
            else if (response.Content.Headers.ContentType?.MediaType != "application/problem+json" || problem?["status"]?.GetValue<int>() != status
                     || problem["title"] is null)
                failures.Add($"{c.Name}: {status} without ProblemDetails ({response.Content.Headers.ContentType}) {Short(text)}");
            else if (text.Contains("   at ") || text.Contains(".cs:line") || text.Contains("Exception"))
                failures.Add($"{c.Name}: the answer carries a stack trace or exception {Short(text)}");
        }

        // The whole list, one per line, beside the test assembly: the assertion message shows only the first few.
        var report = Path.Combine(AppContext.BaseDirectory, "bad-input-failures.txt");
        await File.WriteAllLinesAsync(report, failures);
        failures.ShouldBeEmpty($"{failures.Count} of {count} bad inputs were not refused cleanly (all in {report})");
        count.ShouldBeGreaterThanOrEqualTo(300);
        (await city.BusinessChecksumAsync()).ShouldBe(before, "a refused request changed a business table");
    }

    [Fact]
    public void The_corpus_sends_files_to_every_upload_endpoint()
    {
        var uploads = Corpus["uploads"]!.AsArray().Select(u => UploadUrl(u!)).ToList();
        var missing = WriteEndpoints().Where(e => Accepts(e, "multipart/form-data"))
            .Select(e => e.RoutePattern.RawText!)
            .Where(pattern => !uploads.Any(u => Matches(pattern, u)))
            .ToList();
        missing.ShouldBeEmpty();
    }

    /// <summary>An upload is its URL, or an object with the URL and the status every file gets there.</summary>
    private static string UploadUrl(JsonNode node) => node is JsonObject o ? o["url"]!.GetValue<string>() : node.GetValue<string>();

    /// <summary>Whether a corpus URL (placeholders in braces) is an instance of a route pattern.</summary>
    private static bool Matches(string pattern, string url)
    {
        var p = pattern.Trim('/').Split('/');
        var u = url.Trim('/').Split('/');
        return p.Length == u.Length && p.Zip(u).All(x => x.First.StartsWith('{') ? x.Second.StartsWith('{') || int.TryParse(x.Second, out _) : x.First == x.Second);
    }

    private static JsonNode? Problem(string text)
    {
        try { return JsonNode.Parse(text); }
        catch (JsonException) { return null; }
    }

    private static string Short(string text) => text.Length > 300 ? text[..300] : text;
}
