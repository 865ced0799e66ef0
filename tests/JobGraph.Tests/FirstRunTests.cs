using JobGraph.Server.Auth;
using JobGraph.Server.Data;
using JobGraph.Tests.Fixtures;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Tests;

/// <summary>The paths a newcomer takes on a clean clone, each of which used to end in a stack trace or a dead token.</summary>
public sealed class FirstRunTests : IDisposable
{
    private const string Workspaces = "query Workspaces { me { workspaces { id } } }";
    private readonly string _folder = Directory.CreateTempSubdirectory("jobgraph-first-run-").FullName;

    [Fact]
    public async Task A_bare_file_path_as_the_connection_string_is_the_database_file()
    {
        // Arrange
        var file = Path.Combine(_folder, "jobs.db");
        await using var factory = Server(("Database:ConnectionString", file));

        // Act
        var response = await Client(factory, new DemoDataOptions().Token).PostAsync(Workspaces);

        // Assert
        response.AssertDataEquals("""{"me":{"workspaces":[{"id":"workspace_123456"}]}}""");
        Assert.True(File.Exists(file), $"{file} was not created");
    }

    [Theory]
    [InlineData("jobs.db", "/srv/app", "Data Source=/srv/app/jobs.db")]
    [InlineData("Data Source=data/jobs.db", "/srv/app", "Data Source=/srv/app/data/jobs.db")]
    [InlineData("/var/lib/jobgraph/jobs.db", "/srv/app", "Data Source=/var/lib/jobgraph/jobs.db")]
    public void A_relative_database_file_lives_under_the_content_root(string connectionString, string contentRoot, string resolved)
    {
        // Act
        var actual = SqliteFiles.Resolve(connectionString, contentRoot);

        // Assert
        Assert.Equal(resolved, actual);
    }

    [Fact]
    public async Task A_demo_token_changed_after_seeding_is_the_one_that_works()
    {
        // Arrange: seeded with the default token, then started again with another.
        var database = Path.Combine(_folder, "jobgraph.db");
        const string changed = "jg_demo_changed_after_seeding_0001";
        await using (var first = Server(("Database:ConnectionString", database)))
        {
            _ = first.Server;
        }

        // Act
        await using var second = Server(("Database:ConnectionString", database), ("DemoData:Token", changed));
        var withChanged = await Client(second, changed).PostAsync(Workspaces);
        var withOld = await Client(second, new DemoDataOptions().Token).PostAsync(Workspaces);

        // Assert
        withChanged.AssertDataEquals("""{"me":{"workspaces":[{"id":"workspace_123456"}]}}""");
        Assert.Contains("UNAUTHENTICATED", withOld.ErrorCodes);
    }

    [Fact]
    public async Task A_database_seeded_without_the_demo_data_gets_no_demo_token_printed()
    {
        // Arrange: a database with a user of its own and no demo user.
        var database = Path.Combine(_folder, "jobgraph.db");
        await using (var first = Server(("Database:ConnectionString", database), ("DemoData:Enabled", "false")))
        {
            await using var db = await first.Services.GetRequiredService<IDbContextFactory<JobGraphDbContext>>().CreateDbContextAsync();
            db.Users.Add(new User { Id = TestIds.New("user"), Email = "ops@example.com", Role = UserRole.User, CreatedAt = Tenant.Epoch });
            await db.SaveChangesAsync();
        }

        SqliteConnection.ClearAllPools();

        // Act
        await using var server = RunningServerProcess.Start(_folder,
            $"--Database:ConnectionString={database}", $"--Storage:Path={Path.Combine(_folder, "files")}", "--urls", "http://127.0.0.1:0");
        var line = await server.LineAsync("No demo token");
        await server.LineAsync("JobGraph GraphQL endpoint: ");

        // Assert
        Assert.StartsWith("No demo token: this database was not seeded", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Demo bearer token", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_migrate_on_start_an_unmigrated_database_ends_with_one_sentence_and_exit_code_1()
    {
        // Act
        var result = await ServerCommand.RunAsync(
            $"--Database:ConnectionString={Path.Combine(_folder, "empty.db")}", "--Database:MigrateOnStart=false",
            $"--Storage:Path={Path.Combine(_folder, "files")}", "--urls", "http://127.0.0.1:0");

        // Assert
        Assert.Equal(1, result.ExitCode);
        var sentence = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Database:MigrateOnStart is false: migrate it", sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("JobGraph GraphQL endpoint", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_already_in_use_ends_with_a_sentence_naming_the_address_and_exit_code_1()
    {
        // Arrange
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((System.Net.IPEndPoint)taken.LocalEndpoint).Port}";

        // Act
        var result = await ServerCommand.RunAsync(
            $"--Database:ConnectionString={Path.Combine(_folder, "port.db")}", $"--Storage:Path={Path.Combine(_folder, "files")}",
            "--Worker:Enabled=false", "--urls", url);

        // Assert
        Assert.Equal(1, result.ExitCode);
        var last = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        Assert.Contains($"Failed to bind to address {url}", last, StringComparison.Ordinal);
        Assert.Contains("--urls", last, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_built_server_started_from_the_repository_root_reads_its_settings_and_keeps_its_database_in_its_folder()
    {
        // Arrange: a relative database file, which must land in the app's folder, not in the repository root.
        var name = $"first-run-{Guid.NewGuid():N}.db";
        var expected = Path.Combine(AppContext.BaseDirectory, "data", name);
        var server = RunningServerProcess.Start(RepositoryFiles.Root,
            $"--Database:ConnectionString=data/{name}", $"--Storage:Path={Path.Combine(_folder, "files")}", "--urls", "http://127.0.0.1:0");
        try
        {
            // Act
            var banner = await server.LineAsync("JobGraph GraphQL endpoint: ");
            var endpoint = new Uri(banner["JobGraph GraphQL endpoint: ".Length..]);
            var token = (await server.LineAsync("Demo bearer token: "))["Demo bearer token: ".Length..];
            var response = await new GraphQLClient(new HttpClient { BaseAddress = endpoint }, token).PostAsync(Workspaces);

            // Assert
            response.AssertDataEquals("""{"me":{"workspaces":[{"id":"workspace_123456"}]}}""");
            Assert.True(File.Exists(expected), $"{expected} was not created; output:\n{server.Output}");
            Assert.False(File.Exists(Path.Combine(RepositoryFiles.Root, "data", name)));
            // appsettings.json keeps Microsoft.AspNetCore at Warning; without it every request logs "Request starting".
            Assert.DoesNotContain("Request starting", server.Output, StringComparison.Ordinal);
        }
        finally
        {
            await server.DisposeAsync();
            SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(expected)!, name + "*"))
            {
                File.Delete(file);
            }
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private WebApplicationFactory<Program> Server(params (string Key, string Value)[] settings)
        => new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Storage:Path", Path.Combine(_folder, "files"));
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }
        });

    private static GraphQLClient Client(WebApplicationFactory<Program> factory, string token) => new(factory.CreateClient(), token);
}
