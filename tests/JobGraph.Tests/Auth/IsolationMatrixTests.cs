using SdlSchema = GraphQL.Types.Schema;

namespace JobGraph.Tests.Auth;

/// <summary>The matrix generator itself, on small schemas: it finds every id position, mutations included.</summary>
public sealed class IsolationMatrixTests
{
    private const string Sdl = """
        type Query { me: User }
        type User { id: ID! workspaces(filters: WorkspaceFilters): [Workspace!]! }
        type Workspace { id: ID! name: String! owner: User! }
        input WorkspaceFilters { ids: [ID!] names: [String!] }
        type ConnectionJob { id: ID! connectionId: ID! name: String! }
        type JobWork { id: ID! workId: ID! }
        input CreateJobWorksInput { connectionJobId: ID! works: [WorkInput!]! note: String }
        input WorkInput { name: String! externalId: String! fileUrl: String! count: Int! }
        type Mutation {
          cancelConnectionJob(connectionJobId: ID!): ConnectionJob
          createJobWorks(input: CreateJobWorksInput!): [JobWork!]!
          ping: String
        }
        """;

    [Fact]
    public void Every_id_argument_of_queries_and_mutations_becomes_a_case()
    {
        // Act
        var cases = IsolationMatrix.Build(SdlSchema.For(Sdl));

        // Assert
        Assert.Equal(
            [
                ("me.workspaces(filters.ids)", "workspace", false),
                ("Mutation.cancelConnectionJob(connectionJobId)", "connectionJob", true),
                ("Mutation.createJobWorks(input.connectionJobId)", "connectionJob", true),
            ],
            cases.Select(c => (c.Name, c.Entity, c.IsMutation)));
    }

    [Fact]
    public void A_query_case_reaches_its_field_from_the_root_and_selects_every_id_it_returns()
    {
        // Arrange
        var workspaces = IsolationMatrix.Build(SdlSchema.For(Sdl)).Single(c => c.Name == "me.workspaces(filters.ids)");

        // Act
        var document = workspaces.Render("workspace_b", new Dictionary<string, string>());

        // Assert
        Assert.Equal("""query IsolationMatrix { me { workspaces(filters: { ids: ["workspace_b"] }) { __typename id } } }""", document);
        Assert.Equal(["me", "workspaces"], workspaces.ResponsePath);
    }

    [Fact]
    public void A_mutation_case_fills_every_other_required_input_and_leaves_optional_ones_out()
    {
        // Arrange
        var create = IsolationMatrix.Build(SdlSchema.For(Sdl)).Single(c => c.Name == "Mutation.createJobWorks(input.connectionJobId)");

        // Act
        var document = create.Render("job_b", new Dictionary<string, string>());

        // Assert
        Assert.Equal(
            """mutation IsolationMatrix { createJobWorks(input: { connectionJobId: "job_b", works: [{ name: "isolation", externalId: "isolation", fileUrl: "http://127.0.0.1:9/isolation.pdf", count: 1 }] }) { __typename id workId } }""",
            document);
    }

    [Fact]
    public void Other_required_ids_are_the_callers_own()
    {
        // Arrange
        var schema = SdlSchema.For("""
            type Query { link(workId: ID!, connectionJobId: ID!): String }
            """);
        var byJob = IsolationMatrix.Build(schema).Single(c => c.Name == "link(connectionJobId)");

        // Act
        var document = byJob.Render("job_b", new Dictionary<string, string> { ["work"] = "work_a" });

        // Assert
        Assert.Equal("""query IsolationMatrix { link(workId: "work_a", connectionJobId: "job_b") }""", document);
    }

    [Fact]
    public void A_schema_without_a_mutation_type_gives_only_query_cases()
    {
        // Act
        var cases = IsolationMatrix.Build(SdlSchema.For("""
            type Query { workspaces(ids: [ID!]): [Workspace!]! }
            type Workspace { id: ID! }
            """));

        // Assert
        Assert.Equal(["workspaces(ids)"], cases.Select(c => c.Name));
    }

    [Fact]
    public void An_id_the_matrix_cannot_place_fails_loudly_instead_of_being_skipped()
    {
        // Arrange
        var schema = SdlSchema.For("""
            type Query { gadgets(gadgetIds: [ID!]): [String!]! }
            """);

        // Act
        var error = Assert.Throws<InvalidOperationException>(() => IsolationMatrix.Build(schema));

        // Assert
        Assert.Contains("gadgetIds", error.Message, StringComparison.Ordinal);
    }
}
