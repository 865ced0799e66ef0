using System.Net;
using JobGraph.Server.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JobGraph.Tests.Fixtures;

/// <summary>
/// A JobGraph server on Kestrel at 127.0.0.1 on a free port, on its own fresh SQLite file, for callers that need a
/// real socket (a browser). Settings override appsettings.json.
/// </summary>
public sealed class LiveServer : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jobgraph-live-" + Guid.NewGuid().ToString("N"));
    private readonly WebApplicationFactory<Program> _factory;

    private LiveServer(IReadOnlyDictionary<string, string?> settings)
    {
        Directory.CreateDirectory(_folder);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Database:ConnectionString", $"Data Source={DatabasePath}");
            web.UseSetting("DemoData:Enabled", "true");
            web.UseSetting("Storage:Path", Path.Combine(_folder, "files"));
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }

            web.ConfigureLogging(logging => logging.AddProvider(Logs));
        });
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    /// <summary>Where the server listens, ending in a slash: <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseAddress { get; }

    public string DatabasePath => Path.Combine(_folder, "jobgraph.db");

    public LogCapture Logs { get; } = new();

    public IServiceProvider Services => _factory.Services;

    public static LiveServer Start(IReadOnlyDictionary<string, string?>? settings = null) => new(settings ?? new Dictionary<string, string?>());

    /// <summary>A client for the GraphQL endpoint over the socket, authenticated with the demo token.</summary>
    public GraphQLClient DemoClient() => new(new HttpClient { BaseAddress = BaseAddress }, new DemoDataOptions().Token);

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
