using System.Net;
using JobGraph.Server.Data;
using JobGraph.Server.Downloads;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Downloads;

/// <summary>Where the signing key comes from, and how links are built behind a proxy. Each test runs servers of its own.</summary>
public sealed class SigningKeyTests : IDisposable
{
    private readonly string _folder = IsolatedServer.NewFolder();
    private readonly string _otherFolder = IsolatedServer.NewFolder();

    [Fact]
    public async Task Without_a_configured_key_links_use_one_kept_in_the_data_folder_and_survive_a_restart()
    {
        // Arrange
        string url;
        await using (var first = new IsolatedServer(_folder))
        {
            first.Start();
            url = await first.DemoUploadedUrlAsync();
        }

        // Act: the same folder after a restart, and a server with a folder (and so a key) of its own.
        HttpStatusCode afterRestart, elsewhere;
        byte[] bytes;
        await using (var restarted = new IsolatedServer(_folder))
        {
            using var response = await restarted.Http().GetAsync(url);
            afterRestart = response.StatusCode;
            bytes = await response.Content.ReadAsByteArrayAsync();
        }

        await using (var other = new IsolatedServer(_otherFolder))
        {
            using var response = await other.Http().GetAsync(url);
            elsewhere = response.StatusCode;
        }

        // Assert
        var key = await File.ReadAllTextAsync(Path.Combine(_folder, SigningKey.FileName));
        Assert.Equal(32, Convert.FromBase64String(key).Length);
        Assert.Equal(HttpStatusCode.OK, afterRestart);
        Assert.Equal(DemoFiles.W2Form2024(), bytes);
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere);
    }

    [Fact]
    public async Task A_configured_key_shorter_than_32_bytes_stops_the_server_at_start()
    {
        // Arrange
        await using var server = new IsolatedServer(_folder, new Dictionary<string, string?>
        {
            ["Signing:Key"] = Convert.ToBase64String(new byte[16]),
        });

        // Act
        var error = Record.Exception(server.Start);

        // Assert
        Assert.Contains("Signing:Key must be base64 of at least 32 bytes.", error?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_start_with_PublicBaseUrl_when_it_is_set()
    {
        // Arrange: a proxy serves the server under https://jobs.example.com/api/.
        await using var server = new IsolatedServer(_folder, new Dictionary<string, string?>
        {
            ["PublicBaseUrl"] = "https://jobs.example.com/api/",
        });

        // Act
        var url = await server.DemoUploadedUrlAsync();
        using var response = await server.Http().GetAsync(new Uri(url).PathAndQuery["/api".Length..]);

        // Assert
        Assert.StartsWith("https://jobs.example.com/api/files/artifact_001?sha256=", url, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        Directory.Delete(_otherFolder, recursive: true);
    }
}
