using JobGraph.Server.Data;
using JobGraph.Server.Storage;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Tests.Fixtures;

/// <summary>
/// One JobGraph server per test collection, on a fresh SQLite file in a temp folder, with the demo data seeded
/// (so the documented operations run verbatim). Tests add their own rows through <see cref="SeedAsync"/>.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "jobgraph-tests-" + Guid.NewGuid().ToString("N"));
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private WebApplicationFactory<Program>? _factory;

    /// <summary>The key download links are signed with (base64 of 32 bytes).</summary>
    public const string SigningKey = "dGVzdC1zaWduaW5nLWtleS1vZi0zMi1ieXRlcy0wMDA=";

    /// <summary>The server's clock: real time unless a test moves it.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>A server whose task worker is off, so seeded queued and running tasks stay as seeded.</summary>
    public ServerFixture()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>A server with further settings, applied last (e.g. the worker on).</summary>
    internal ServerFixture(IReadOnlyDictionary<string, string?> settings) => _settings = settings;

    /// <summary>Every log entry the server wrote.</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>The SQLite file the server uses.</summary>
    public string DatabasePath => Path.Combine(_folder, "jobgraph.db");

    /// <summary>The folder of the server's blob store.</summary>
    public string StoragePath => Path.Combine(_folder, "files");

    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("The fixture has not started.");

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Database:ConnectionString", $"Data Source={DatabasePath}");
            web.UseSetting("DemoData:Enabled", "true");
            web.UseSetting("Storage:Path", StoragePath);
            web.UseSetting("Signing:Key", SigningKey);
            web.UseSetting("Worker:Enabled", "false");
            foreach (var (key, value) in _settings)
            {
                web.UseSetting(key, value);
            }

            web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
            web.ConfigureLogging(logging => logging.AddProvider(Logs));
        });
        // Starting the host migrates the database and seeds the demo data.
        _ = _factory.Server;
        return Task.CompletedTask;
    }

    /// <summary>A client for the GraphQL endpoint, optionally authenticated with <paramref name="token"/>.</summary>
    public GraphQLClient Client(string? token = null) => new(Factory.CreateClient(), token);

    /// <summary>The demo user's client (documented example data).</summary>
    public GraphQLClient DemoClient() => Client(new DemoDataOptions().Token);

    /// <summary>Adds rows through a context of the server's own database.</summary>
    public async Task SeedAsync(Action<JobGraphDbContext> add)
    {
        var factory = Factory.Services.GetRequiredService<IDbContextFactory<JobGraphDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        add(db);
        await db.SaveChangesAsync();
    }

    /// <summary>Puts <paramref name="content"/> into the server's own file store, as a completed fetch would.</summary>
    public async Task<StoredBlob> StoreFileAsync(byte[] content)
    {
        using var stream = new MemoryStream(content);
        return await Factory.Services.GetRequiredService<IBlobStore>().PutAsync(stream, CancellationToken.None);
    }

    /// <summary>A new tenant: a user with a token, a workspace they belong to and one active connection.</summary>
    public async Task<Tenant> CreateTenantAsync()
    {
        var tenant = Tenant.New();
        await SeedAsync(tenant.AddTo);
        return tenant;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
