using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL.Types;
using JobGraph.Server.Jobs;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Auth;

/// <summary>
/// For every place the live schema takes an id (<see cref="IsolationMatrix"/>), a caller given another tenant's real id
/// gets exactly the answer it gets for an id that does not exist. New fields and mutations join the matrix by themselves.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class TenantIsolationMatrixTests(ServerFixture server)
{
    private const string Normalised = "<id>";

    [Fact]
    public void The_matrix_holds_every_known_id_filter()
    {
        // Act
        var names = Matrix().Select(c => c.Name).ToList();

        // Assert
        Assert.Superset(
            new HashSet<string>
            {
                "me.workspaces(filters.ids)",
                "me.workspaces.connections(filters.ids)",
                "me.workspaces.connections.jobWorks(filters.ids)",
                "me.workspaces.connections.jobWorks(filters.connectionJobIds)",
                "me.workspaces.connections.jobWorks(filters.workIds)",
                "me.workspaces.connections.connectionJobs(filters.ids)",
            },
            names.ToHashSet());
    }

    [Fact]
    public void Every_write_path_mutation_the_schema_has_is_in_the_matrix()
    {
        // Arrange
        var mutation = Schema().Mutation;
        string[] writePath = ["createConnectionJob", "createJobWorks", "createJobWorkArtifacts", "initiateTaxPrepsImport", "cancelConnectionJob"];

        // Act
        var missing = writePath
            .Where(name => mutation?.GetField(name) is not null)
            .Where(name => !Matrix().Any(c => c.IsMutation && c.Name.StartsWith($"Mutation.{name}(", StringComparison.Ordinal)))
            .ToList();

        // Assert
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Another_tenants_id_anywhere_gets_exactly_the_answer_for_an_id_that_does_not_exist()
    {
        // Arrange
        var caller = await SeedTenantAsync();
        var owner = await SeedTenantAsync();
        var failures = new List<string>();

        // Act
        foreach (var isolation in Matrix())
        {
            var foreignId = IdOf(owner, isolation);
            var missingId = TestIds.New("missing");
            var foreign = await RunAsync(caller, isolation, foreignId);
            var missing = await RunAsync(caller, isolation, missingId);
            if (!FieldRan(missing, isolation.ResponsePath))
            {
                failures.Add($"{isolation}: the field never ran, so the comparison would prove nothing: {missing.Text}");
            }
            else if (Normalise(foreign, foreignId) != Normalise(missing, missingId))
            {
                failures.Add($"{isolation}: another tenant's id answered\n  {Normalise(foreign, foreignId)}\nbut a missing id\n  {Normalise(missing, missingId)}");
            }
        }

        // Assert
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact]
    public async Task The_owner_gets_another_answer_for_its_own_id_in_every_case_so_the_matrix_compares_real_answers()
    {
        // Arrange
        var queryOwner = await SeedTenantAsync();
        var failures = new List<string>();

        // Act
        foreach (var isolation in Matrix())
        {
            // A mutation changes its owner's rows, so each gets a tenant of its own and no case sees another's effects.
            var owner = isolation.IsMutation ? await SeedTenantAsync() : queryOwner;
            var ownId = IdOf(owner, isolation);
            var missingId = TestIds.New("missing");
            var own = await RunAsync(owner, isolation, ownId);
            var missing = await RunAsync(owner, isolation, missingId);
            // A mutation may refuse its own row for a reason of state (a job already started); it must still be another answer.
            var refused = !isolation.IsMutation && (own.StatusCode != 200 || own.Errors is not null);
            if (refused || Normalise(own, ownId) == Normalise(missing, missingId))
            {
                failures.Add($"{isolation}: the owner's own id answered {own.Text}\nand a missing id {missing.Text}");
            }
        }

        // Assert
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private ISchema Schema() => server.Factory.Services.GetRequiredService<ISchema>();

    private IReadOnlyList<IsolationCase> Matrix() => IsolationMatrix.Build(Schema());

    private Task<GraphQLResponse> RunAsync(TenantIds caller, IsolationCase isolation, string id)
        => server.Client(caller.Token).PostAsync(isolation.Render(id, caller.Ids));

    private static string IdOf(TenantIds tenant, IsolationCase isolation) => tenant.Ids.TryGetValue(isolation.Entity, out var id)
        ? id
        : throw new InvalidOperationException($"{isolation}: the seeded tenant has no {isolation.Entity}; seed one in {nameof(SeedTenantAsync)}.");

    /// <summary>The whole answer, status included, with the id that was sent replaced, so two answers compare as text.</summary>
    private static string Normalise(GraphQLResponse response, string id)
        => $"{response.StatusCode} {response.Body?.ToJsonString().Replace(id, Normalised, StringComparison.Ordinal)}";

    /// <summary>
    /// Whether the field under test was executed: its key is in the data, or an error names it (a non-null field that
    /// failed nulls its parents, down to <c>data: null</c> for a mutation). A document refused by validation has neither.
    /// </summary>
    private static bool FieldRan(GraphQLResponse response, IReadOnlyList<string> path)
        => Reached(response.Data, path)
            || (response.Errors ?? []).Any(e => (e?["path"] as JsonArray)?
                .Where(step => step!.GetValueKind() == JsonValueKind.String).Select(step => (string)step!).SequenceEqual(path) == true);

    /// <summary>Whether some object on <paramref name="path"/> holds the last key.</summary>
    private static bool Reached(JsonNode? node, IReadOnlyList<string> path) => node switch
    {
        JsonArray items => items.Any(item => Reached(item, path)),
        JsonObject fields when fields.TryGetPropertyValue(path[0], out var child) => path.Count == 1 || Reached(child, path.Skip(1).ToList()),
        _ => false,
    };

    /// <summary>A tenant with a row of every kind, so every level of the tree is reached and every id has a real value.</summary>
    private async Task<TenantIds> SeedTenantAsync()
    {
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        var jobWork = seed.AddJobWork();
        seed.AddArtifact(jobWork, TaskState.Complete);
        await server.SeedAsync(seed.AddTo);
        return new TenantIds(tenant.Token, new Dictionary<string, string>
        {
            [IdEntities.User] = tenant.UserId,
            [IdEntities.Workspace] = tenant.WorkspaceId,
            [IdEntities.Connection] = tenant.ConnectionId,
            [IdEntities.ConnectionJob] = seed.Job.Id,
            [IdEntities.JobWork] = jobWork.Id,
            [IdEntities.Work] = jobWork.WorkId,
            [IdEntities.WorkArtifact] = seed.Artifacts[0].Id,
            [IdEntities.JobArtifact] = seed.JobArtifacts[0].Id,
            [IdEntities.JobTask] = seed.Tasks[0].Id,
        });
    }

    private sealed record TenantIds(string Token, IReadOnlyDictionary<string, string> Ids);
}
