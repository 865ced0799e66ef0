using System.Diagnostics;
using System.Runtime;
using System.Text.Json.Nodes;
using JobGraph.Tests.Fixtures;
using Xunit.Abstractions;

namespace JobGraph.Tests.Http;

/// <summary>
/// The seeded hostile corpus against the real endpoint: every request gets a 4xx or a 200, never a 5xx, within
/// the timeout, with no internals in the body; memory comes back afterwards and normal queries still answer.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class HostileRequestTests(ServerFixture server, ITestOutputHelper output)
{
    private const int Seed = 20261126;
    private static readonly string[] _internals = ["System.", "Microsoft.", "GraphQL.Transport", "Exception", "   at ", ".cs:line", "/work/", "/tmp/", "SELECT ", "sqlite"];

    [Fact]
    public async Task A_thousand_hostile_requests_never_get_a_5xx_and_leave_the_server_as_it_was()
    {
        // Arrange: warm the server up with a fifth of the corpus (every kind of request), so the baseline
        // already holds what a first run fills once: JIT code, query caches, pooled buffers.
        var corpus = HostileCorpus.Build(Seed);
        var http = server.Factory.CreateClient();
        foreach (var request in corpus.Where((_, i) => i % 5 == 0))
        {
            using var warmUp = await http.SendAsync(request.ToMessage());
        }

        var rssBefore = SettledRss();
        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        var slowest = (Elapsed: TimeSpan.Zero, Kind: "");

        // Act
        foreach (var (request, index) in corpus.Select((r, i) => (r, i)))
        {
            var started = Stopwatch.StartNew();
            using var response = await http.SendAsync(request.ToMessage());
            var text = await response.Content.ReadAsStringAsync();
            var elapsed = started.Elapsed;
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (elapsed > slowest.Elapsed)
            {
                slowest = (elapsed, request.Kind);
            }

            if (Problem(status, text, elapsed) is { } problem)
            {
                failures.Add($"#{index} {request.Kind}: {problem}: {text[..Math.Min(300, text.Length)]}");
            }
        }

        var rssAfter = SettledRss();
        var me = await server.DemoClient().PostAsync("query Me { me { id } }");

        // Assert
        output.WriteLine($"{corpus.Count} requests; statuses {string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}"))}");
        output.WriteLine($"slowest {slowest.Elapsed.TotalMilliseconds:0} ms ({slowest.Kind}); RSS {rssBefore / 1_048_576} MiB before, {rssAfter / 1_048_576} MiB after");
        Assert.True(corpus.Count >= 1000, $"the corpus has {corpus.Count} requests");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        Assert.True(rssAfter <= rssBefore * 1.2, $"RSS grew from {rssBefore / 1_048_576} MiB to {rssAfter / 1_048_576} MiB");
        me.AssertDataEquals("""{ "me": { "id": "user_789" } }""");
    }

    private static string? Problem(int status, string text, TimeSpan elapsed)
    {
        if (status >= 500)
        {
            return $"status {status}";
        }

        if (elapsed > TimeSpan.FromSeconds(10))
        {
            return $"took {elapsed}";
        }

        if (_internals.FirstOrDefault(s => text.Contains(s, StringComparison.OrdinalIgnoreCase)) is { } leak)
        {
            return $"leaks '{leak}'";
        }

        if (status == 405 && text.Length == 0)
        {
            return null;
        }

        var errors = JsonNode.Parse(text)?["errors"] as JsonArray;
        if (status != 200 && errors is null)
        {
            return "no errors in a refusal";
        }

        return errors?.FirstOrDefault(e => e?["extensions"]?["code"] is null) is { } uncoded ? $"an error without a code: {uncoded}" : null;
    }

    private static long SettledRss()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
