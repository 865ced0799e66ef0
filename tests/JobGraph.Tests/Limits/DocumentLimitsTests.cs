using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Limits;

/// <summary>
/// Each GraphQLLimits limit refuses a document before validation with its own code, 400 under
/// application/graphql-response+json, and no data; documents within the limits still run.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class DocumentLimitsTests(ServerFixture server)
{
    private const string GraphQLResponse = "application/graphql-response+json";

    public static TheoryData<string, string> OverLimit => new()
    {
        // The 26-deep fan-out: refused for its fragment chain.
        { Attacks.FragmentFanOut(26), "QUERY_TOO_DEEP" },
        // 15 deep stays under the chain limit, but expands to 32,768 fields.
        { Attacks.FragmentFanOut(15), "TOO_MANY_FIELDS" },
        { "query Cycle { ...A } fragment A on Query { ...B } fragment B on Query { __typename ...A }", "NO_FRAGMENT_CYCLES" },
        { "query Long { __typename }" + new string(' ', 70_000), "DOCUMENT_TOO_LARGE" },
        { string.Concat(Enumerable.Range(1, 11).Select(i => $"query Q{i} {{ __typename }} ")), "TOO_MANY_OPERATIONS" },
        { "query Deep { __schema { types { fields { type " + string.Concat(Enumerable.Repeat("{ ofType ", 18)) + "{ name }" + new string('}', 18) + " } } } }", "QUERY_TOO_DEEP" },
        { "query Aliases { " + string.Join(" ", Enumerable.Range(1, 101).Select(i => $"a{i}: __typename")) + " }", "TOO_MANY_ALIASES" },
        // Introspection counts against the same limits.
        { "query Types { " + string.Join(" ", Enumerable.Range(1, 101).Select(i => $"t{i}: __type(name: \"Query\") {{ name }}")) + " }", "TOO_MANY_ALIASES" },
        { Attacks.SameNameTypeLookups(1000), "TOO_MANY_ALIASES" },
        { Attacks.ListCopies(5000), "DOCUMENT_TOO_LARGE" },
        { Attacks.ListCopies(1300), "TOO_MANY_FIELDS" },
        { "query Costly { me { workspaces { connections(limit: 1000) { jobWorks(limit: 1000) { id } } } } }", "QUERY_TOO_COMPLEX" },
        { Attacks.AliasedConnections(11), "TOO_MANY_LIST_VARIANTS" },
        { Attacks.AliasedConnections(2000), "DOCUMENT_TOO_LARGE" },
    };

    [Theory]
    [MemberData(nameof(OverLimit))]
    public async Task Document_over_a_limit_is_refused_with_its_code(string query, string code)
    {
        // Act
        var response = await server.DemoClient().PostAsync(query, accept: GraphQLResponse);

        // Assert
        response.AssertRejected(code, 400, GraphQLResponse);
    }

    [Fact]
    public async Task Same_name_fields_with_different_arguments_are_one_conflict()
    {
        // Arrange: unaliased, so the alias limit does not apply; GraphQL.NET's rule would report every pair.
        var query = "query Types { " + string.Join(" ", Enumerable.Range(1, 1000).Select(i => $"__type(name: \"T{i}\") {{ name }}")) + " }";

        // Act
        var response = await server.DemoClient().PostAsync(query, accept: GraphQLResponse);

        // Assert
        response.AssertRejected("OVERLAPPING_FIELDS_CAN_BE_MERGED", 400, GraphQLResponse);
        Assert.Single(response.ErrorCodes);
    }

    [Fact]
    public async Task Document_nested_deeper_than_the_parser_allows_is_a_syntax_error()
    {
        // Arrange
        var query = "query Nested " + string.Concat(Enumerable.Repeat("{ a ", 200)) + new string('}', 200);

        // Act
        var response = await server.DemoClient().PostAsync(query, accept: GraphQLResponse);

        // Assert
        response.AssertRejected("SYNTAX_ERROR", 400, GraphQLResponse);
    }

    [Fact]
    public async Task Error_list_stops_at_one_hundred_and_says_how_many_more_there_were()
    {
        // Arrange: 150 unknown fields are 150 validation errors.
        var query = "query Unknown { " + string.Join(" ", Enumerable.Range(1, 150).Select(i => $"unknown{i}")) + " }";

        // Act
        var response = await server.DemoClient().PostAsync(query, accept: GraphQLResponse);

        // Assert
        Assert.Equal(400, response.StatusCode);
        Assert.Equal(101, response.ErrorCodes.Count);
        Assert.All(response.ErrorCodes.Take(100), code => Assert.Equal("FIELDS_ON_CORRECT_TYPE", code));
        Assert.Equal("TOO_MANY_ERRORS", response.ErrorCodes[100]);
        Assert.Contains("50", (string?)response.Errors![100]!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ten_filter_variants_of_one_list_answer_each_with_its_own_rows()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var extra = Enumerable.Range(0, 9).Select(i => TestIds.New("connection")).ToArray();
        await server.SeedAsync(db => db.Connections.AddRange(extra.Select(id => tenant.Connection(id, "canopy", "active", Fixtures.Tenant.Epoch))));
        string[] ids = [tenant.ConnectionId, .. extra];

        // Act
        var response = await server.Client(tenant.Token).PostAsync(Attacks.AliasedConnections(10, i => ids[i]));

        // Assert
        var workspace = response.AssertData()["me"]!["workspaces"]![0]!;
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(ids[i], (string?)workspace[$"c{i}"]![0]!["id"]);
        }
    }

    [Fact]
    public async Task The_introspection_query_of_a_GraphQL_IDE_runs_within_the_limits()
    {
        // Act
        var response = await server.Client().PostAsync(IntrospectionQuery.Document, accept: GraphQLResponse);

        // Assert
        var types = response.AssertData()["__schema"]!["types"]!.AsArray();
        Assert.Contains(types, t => (string?)t!["name"] == "ProviderConnection");
    }
}
