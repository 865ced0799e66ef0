using JobGraph.Server;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Auth;

/// <summary>Every mutation needs a valid bearer token, like <c>me</c>; without one nothing is written.</summary>
[Collection(ServerCollection.Name)]
public sealed class MutationAuthenticationTests(ServerFixture server)
{
    public static TheoryData<string, string> Mutations => new()
    {
        { "CreateConnectionJob.graphql", """{"connectionId":"connection_789","jobName":"Anonymous"}""" },
        { "CreateJobWorks.graphql", """{"connectionJobId":"job_123456","inputs":[{"name":"Anonymous","externalId":"anonymous-1"}]}""" },
        { "CreateJobWorkArtifacts.graphql", """{"jobWorkId":"job_work_456","inputs":[{"name":"A","type":"w2","externalId":"anonymous-1"}]}""" },
        { PartnerApi.InitiateDocument, """{"connectionJobId":"job_123456"}""" },
        { PartnerApi.CancelDocument, """{"connectionJobId":"job_123456"}""" },
    };

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task Mutation_without_a_token_is_unauthenticated(string operation, string variablesJson)
    {
        // Arrange
        var query = operation.EndsWith(".graphql", StringComparison.Ordinal) ? Operations.Read(operation) : operation;
        var variables = System.Text.Json.JsonDocument.Parse(variablesJson).RootElement;

        // Act
        var anonymous = await server.Client().PostAsync(query, variables);
        var badToken = await server.Client("jg_not_a_token_0000000000").PostAsync(query, variables);

        // Assert
        Assert.Equal([ErrorCodes.Unauthenticated], anonymous.ErrorCodes);
        Assert.Equal([ErrorCodes.Unauthenticated], badToken.ErrorCodes);
        // The root field is null (and with it the whole data of a non-null field): nothing was resolved.
        Assert.True(anonymous.Data is null || anonymous.Data.AsObject().All(field => field.Value is null), anonymous.Text);
    }
}
