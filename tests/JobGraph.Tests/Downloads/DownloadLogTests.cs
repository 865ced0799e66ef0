using System.Net;
using System.Web;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Downloads;

/// <summary>A signed link is a capability: no log line at any level may carry its signature.</summary>
public sealed class DownloadLogTests : IDisposable
{
    private const string HostingCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";
    private readonly string _folder = IsolatedServer.NewFolder();

    [Fact]
    public async Task No_log_entry_of_any_level_contains_a_links_signature()
    {
        // Arrange: everything logged, down to Trace, in every category.
        await using var server = new IsolatedServer(_folder, new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Trace",
        });
        var url = await server.DemoUploadedUrlAsync();
        var signature = HttpUtility.ParseQueryString(new Uri(url).Query)["signature"]!;
        var tampered = url.Replace(signature, "A" + signature[1..], StringComparison.Ordinal);
        using var rangeRequest = new HttpRequestMessage(HttpMethod.Get, url);
        rangeRequest.Headers.Range = new(0, 99);

        // Act
        using var download = await server.Http().GetAsync(url);
        using var head = await server.Http().SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        using var range = await server.Http().SendAsync(rangeRequest);
        using var refused = await server.Http().GetAsync(tampered);

        // Assert: the requests were logged, with the query string redacted, and nothing anywhere holds a signature.
        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.PartialContent, HttpStatusCode.Forbidden],
            [download.StatusCode, head.StatusCode, range.StatusCode, refused.StatusCode]);
        var entries = server.Logs.Entries.ToList();
        Assert.Contains(entries, e => e.Level is LogLevel.Debug or LogLevel.Trace);
        Assert.Equal(4, entries.Count(e => e.Category == HostingCategory
            && e.Message.StartsWith("Request starting", StringComparison.Ordinal)
            && e.Message.Contains("/files/artifact_001?[redacted]", StringComparison.Ordinal)));
        Assert.Equal(4, entries.Count(e => e.Category == HostingCategory
            && e.Message.StartsWith("Request finished", StringComparison.Ordinal)
            && e.Message.Contains("/files/artifact_001?[redacted]", StringComparison.Ordinal)));
        Assert.Contains(entries, e => e.Message.Contains("Download of artifact artifact_001 refused", StringComparison.Ordinal));
        foreach (var secret in new[] { signature, tampered[(tampered.LastIndexOf('=') + 1)..], "signature=" })
        {
            Assert.DoesNotContain(entries, e => Holds(e, secret));
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static bool Holds(LogEntry entry, string text)
        => entry.Message.Contains(text, StringComparison.Ordinal)
            || entry.Values.Any(v => v.Value?.ToString()?.Contains(text, StringComparison.Ordinal) == true)
            || entry.Exception?.ToString().Contains(text, StringComparison.Ordinal) == true;
}
