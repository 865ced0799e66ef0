using System.Text.Json.Nodes;

namespace JobGraph.Tests.Fixtures;

/// <summary>
/// The write path as a partner app calls it: the documented create operations verbatim, plus initiate and cancel, and
/// a read of the job through the documented query path.
/// </summary>
public sealed class PartnerApi(GraphQLClient client, Tenant tenant)
{
    public const string JobFields = """
        id connectionId workspaceId name status outcome
        progress { completedSteps totalSteps currentStep }
        tasks { kind status name jobWorkId workId artifactId }
        """;

    public const string InitiateDocument = $$"""
        mutation InitiateTaxPrepsImport($connectionJobId: ID!) {
          initiateTaxPrepsImport(connectionJobId: $connectionJobId) { {{JobFields}} }
        }
        """;

    public const string CancelDocument = $$"""
        mutation CancelConnectionJob($connectionJobId: ID!) {
          cancelConnectionJob(connectionJobId: $connectionJobId) { {{JobFields}} }
        }
        """;

    public const string JobDocument = $$"""
        query ConnectionJobState($workspaceId: ID!, $connectionId: ID!, $connectionJobId: ID!) {
          me {
            workspaces(filters: { ids: [$workspaceId] }) {
              connections(filters: { ids: [$connectionId] }) {
                connectionJobs(filters: { ids: [$connectionJobId] }) { {{JobFields}} }
              }
            }
          }
        }
        """;

    public GraphQLClient Client => client;

    public Tenant Tenant => tenant;

    public Task<GraphQLResponse> CreateJobAsync(string? connectionId = null, string jobName = "2024 Tax Season Import")
        => client.PostAsync(Operations.Read("CreateConnectionJob.graphql"), new { connectionId = connectionId ?? tenant.ConnectionId, jobName });

    public Task<GraphQLResponse> CreateWorksAsync(string connectionJobId, params object[] inputs)
        => client.PostAsync(Operations.Read("CreateJobWorks.graphql"), new { connectionJobId, inputs });

    public Task<GraphQLResponse> CreateArtifactsAsync(string jobWorkId, params object[] inputs)
        => client.PostAsync(Operations.Read("CreateJobWorkArtifacts.graphql"), new { jobWorkId, inputs });

    public Task<GraphQLResponse> InitiateAsync(string connectionJobId) => client.PostAsync(InitiateDocument, new { connectionJobId });

    public Task<GraphQLResponse> CancelAsync(string connectionJobId) => client.PostAsync(CancelDocument, new { connectionJobId });

    /// <summary>A new job on the tenant's connection; its id.</summary>
    public async Task<string> NewJobAsync()
        => (string)(await CreateJobAsync()).AssertData()["createConnectionJob"]!["id"]!;

    /// <summary>Works with these external ids (named after them) in the job; the job works' ids in input order.</summary>
    public async Task<string[]> NewJobWorksAsync(string connectionJobId, params string[] externalIds)
    {
        var response = await CreateWorksAsync(connectionJobId, [.. externalIds.Select(id => Work(id))]);
        return IdList.Read(response.AssertData()["createJobWorks"]);
    }

    /// <summary>Artifacts in the job work; the job artifacts' ids in input order.</summary>
    public async Task<string[]> NewArtifactsAsync(string jobWorkId, params object[] inputs)
        => IdList.Read((await CreateArtifactsAsync(jobWorkId, inputs)).AssertData()["createJobWorkArtifacts"]);

    /// <summary>The job as <c>me → workspaces → connections → connectionJobs</c> shows it (<see cref="JobFields"/>).</summary>
    public async Task<JsonNode> JobAsync(string connectionJobId)
    {
        var response = await client.PostAsync(JobDocument, new { workspaceId = tenant.WorkspaceId, connectionId = tenant.ConnectionId, connectionJobId });
        return MeTree.FirstConnection(response.AssertData())["connectionJobs"]![0]!;
    }

    /// <summary>The job work's artifacts as GetJobWorkArtifactStatus (verbatim) answers them, volatile fields left out.</summary>
    public async Task<JsonArray> ArtifactsAsync(string jobWorkId)
    {
        var jobWorkFilters = new { ids = new[] { jobWorkId } };
        var response = await client.PostAsync(Operations.Read("GetJobWorkArtifactStatus.graphql"), new
        {
            workspaceId = tenant.WorkspaceId,
            connectionId = tenant.ConnectionId,
            jobWorkFilters,
        });
        var jobWork = MeTree.FirstConnection(response.AssertData())["jobWorks"]![0]!;
        return [.. jobWork["jobWorkArtifacts"]!.AsArray().Select(ja =>
        {
            var a = ja!["workArtifact"]!;
            return (JsonNode)new JsonObject
            {
                ["externalId"] = a["externalId"]!.DeepClone(),
                ["name"] = a["name"]!.DeepClone(),
                ["type"] = a["type"]!.DeepClone(),
                ["status"] = a["status"]!.DeepClone(),
                ["uploadedUrl"] = a["uploadedUrl"]?.DeepClone(),
                ["metadata"] = a["metadata"]?.DeepClone(),
            };
        })];
    }

    public static object Work(string externalId, string? name = null) => new { name = name ?? "Client " + externalId, externalId };

    public static object Artifact(string externalId, string? url = "https://files.example.test/w2.pdf", object? metadata = null)
        => new { name = "File " + externalId, type = "w2", url, externalId, metadata };
}
