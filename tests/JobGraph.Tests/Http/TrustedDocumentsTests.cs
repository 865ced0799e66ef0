using System.Text.Json;
using JobGraph.Server.Data;
using JobGraph.Tests.Fixtures;
using Microsoft.AspNetCore.Mvc.Testing;

namespace JobGraph.Tests.Http;

/// <summary>With PersistedOperations:TrustedOnly only the manifest's operations run, by hash or by their full text.</summary>
[Collection(ServerCollection.Name)]
public sealed class TrustedDocumentsTests(ServerFixture server) : IAsyncLifetime
{
    private const string Trusted = "query TrustedWorkspaces { me { workspaces { id } } }";
    private readonly string _manifest = Path.Combine(Path.GetTempPath(), "jobgraph-manifest-" + Guid.NewGuid().ToString("N") + ".json");
    private WebApplicationFactory<Program>? _factory;

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(_manifest, JsonSerializer.Serialize(new Dictionary<string, string> { [PersistedQueryTests.Hash(Trusted)] = Trusted }));
        _factory = server.Factory.WithWebHostBuilder(web => web
            .UseSetting("PersistedOperations:TrustedOnly", "true")
            .UseSetting("PersistedOperations:ManifestPath", _manifest));
    }

    [Fact]
    public async Task A_listed_operation_runs_by_its_hash_alone()
    {
        // Act
        var response = await PersistedQueryTests.PostAsync(Client(), null, PersistedQueryTests.Hash(Trusted));

        // Assert
        response.AssertDataEquals("""{"me":{"workspaces":[{"id":"workspace_123456"}]}}""");
    }

    [Fact]
    public async Task A_listed_operation_sent_in_full_runs()
    {
        // Act
        var response = await Client().PostAsync(Trusted);

        // Assert
        response.AssertDataEquals("""{"me":{"workspaces":[{"id":"workspace_123456"}]}}""");
    }

    [Fact]
    public async Task Any_other_operation_is_refused_even_with_its_correct_hash()
    {
        // Arrange
        const string other = "query Other { me { workspaces { id slug } } }";

        // Act
        var plain = await Client().PostAsync(other);
        var registering = await PersistedQueryTests.PostAsync(Client(), other, PersistedQueryTests.Hash(other));

        // Assert
        plain.AssertRejected("PERSISTED_QUERY_NOT_ALLOWED", statusCode: 400);
        registering.AssertRejected("PERSISTED_QUERY_NOT_ALLOWED", statusCode: 400);
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        File.Delete(_manifest);
    }

    private GraphQLClient Client() => new(_factory!.CreateClient(), new DemoDataOptions().Token);
}
