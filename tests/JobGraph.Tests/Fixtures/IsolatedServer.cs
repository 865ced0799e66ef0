using JobGraph.Server.Data;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JobGraph.Tests.Fixtures;

/// <summary>
/// A server of a test's own, with the demo data, in a folder it is given (database, file store, signing key), for
/// tests that need other settings or a restart on the same files. Dispose it to stop it; the folder stays.
/// </summary>
public sealed class IsolatedServer : IAsyncDisposable
{
    private static readonly string[] _demoJobWork = ["job_work_456"];
    private readonly WebApplicationFactory<Program> _factory;

    public IsolatedServer(string folder, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(folder, "jobgraph.db")}");
            web.UseSetting("DemoData:Enabled", "true");
            web.UseSetting("Storage:Path", Path.Combine(folder, "files"));
            // As in ServerFixture: no worker, so seeded tasks stay as seeded.
            web.UseSetting("Worker:Enabled", "false");
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                web.UseSetting(key, value);
            }

            web.ConfigureLogging(logging => logging.AddProvider(Logs));
        });
    }

    /// <summary>Every log entry the server wrote.</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>Starts the server (migrating and seeding its database) if it has not started yet.</summary>
    public void Start() => _ = _factory.Server;

    /// <summary>A client without a token.</summary>
    public HttpClient Http() => _factory.CreateClient();

    /// <summary>The demo user's GraphQL client.</summary>
    public GraphQLClient DemoClient() => new(_factory.CreateClient(), new DemoDataOptions().Token);

    /// <summary>The demo W-2's (artifact_001) <c>uploadedUrl</c>, read with the documented query.</summary>
    public async Task<string> DemoUploadedUrlAsync()
    {
        var response = await DemoClient().PostAsync(Operations.Read("GetJobWorkArtifactStatus.curl.graphql"), new
        {
            workspaceId = DemoData.WorkspaceId,
            connectionId = DemoData.ConnectionId,
            jobWorkFilters = new { ids = _demoJobWork },
        });
        var jobWork = MeTree.FirstConnection(response.AssertData())["jobWorks"]![0]!;
        return (string)jobWork["jobWorkArtifacts"]![0]!["workArtifact"]!["uploadedUrl"]!;
    }

    /// <summary>A new empty folder under the temp folder.</summary>
    public static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "jobgraph-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
