using GraphQL;
using GraphQLParser;
using JobGraph.Server;
using JobGraph.Server.Limits;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Limits;

/// <summary>What DocumentMeasure counts, on JobGraph's own schema: fragments as often as spread, lists by their size.</summary>
[Collection(ServerCollection.Name)]
public sealed class DocumentMeasureTests(ServerFixture server)
{
    [Theory]
    [InlineData("query Q { me { id email } }", 3, 0, 2)]
    [InlineData("query Q { a: __typename b: __typename }", 2, 2, 1)]
    [InlineData("query Q { ...F ...F ...F } fragment F on Query { me { id } }", 6, 0, 2)]
    [InlineData("query Q { ...F1 } fragment F1 on Query { ...F2 ...F2 } fragment F2 on Query { ...F3 ...F3 } fragment F3 on Query { x: __typename }", 4, 4, 1)]
    [InlineData("query Q { me { ... on User { id } ... { email } } }", 3, 0, 2)]
    [InlineData("query A { __typename } query B { me { workspaces { id } } }", 4, 0, 3)]
    public void Fields_and_aliases_are_counted_with_every_fragment_spread_expanded(string query, double fields, double aliases, int depth)
    {
        // Act
        var shape = Measure(query);

        // Assert
        Assert.Equal((fields, aliases, depth), (shape.Fields, shape.Aliases, shape.Depth));
    }

    [Fact]
    public void Fifty_deep_fragment_fan_out_is_measured_without_expanding_it()
    {
        // Act
        var shape = Measure(Attacks.FragmentFanOut(50));

        // Assert: 2^49 fields, and a chain of 50 spreads (the operation's one included), from 50 fragment definitions.
        Assert.Equal(Math.Pow(2, 49), shape.Fields);
        Assert.Equal(50, shape.FragmentChain);
    }

    [Theory]
    // me (1) + workspaces: 1 + 10 (default list size) x id (1).
    [InlineData("query Q { me { workspaces { id } } }", null, 12)]
    [InlineData("query Q { me { workspaces { connections(limit: 3) { id } } } }", null, 1 + 1 + (10 * (1 + (3 * 1))))]
    [InlineData("query Q { me { workspaces(filters: { ids: [\"a\", \"b\"] }) { id } } }", null, 1 + 1 + (2 * 1))]
    [InlineData("query Q($n: Int) { me { workspaces { connections(limit: $n) { id } } } }", 5, 1 + 1 + (10 * (1 + (5 * 1))))]
    [InlineData("query Q { me { workspaces { connections(limit: 999999) { id } } } }", null, 1 + 1 + (10 * (1 + (1000 * 1))))]
    public void A_list_multiplies_the_cost_of_its_children_by_its_size(string query, int? n, double cost)
    {
        // Act
        var shape = Measure(query, n is null ? null : new Inputs(new Dictionary<string, object?> { ["n"] = n }));

        // Assert
        Assert.Equal(cost, shape.Cost);
    }

    [Theory]
    [InlineData("query Q { ...A } fragment A on Query { ...A }", "A")]
    [InlineData("query Q { ...A } fragment A on Query { me { id } ...B } fragment B on Query { ... on Query { ...C } } fragment C on Query { ...A }", "A")]
    [InlineData("query Q { ...A } fragment A on Query { ...B ...B } fragment B on Query { __typename }", null)]
    public void A_fragment_that_spreads_itself_is_found(string query, string? cycle)
    {
        // Act
        var shape = Measure(query);

        // Assert
        Assert.Equal(cycle, shape.FragmentCycle);
    }

    [Fact]
    public void Distinct_argument_sets_of_one_list_field_are_counted_once_each()
    {
        // Arrange: c0 and c2 ask for the same list in another argument order.
        const string Query = """
            query Q { me { workspaces {
              c0: connections(limit: 1, offset: 2) { id }
              c1: connections(limit: 2) { id }
              c2: connections(offset: 2, limit: 1) { id }
            } } }
            """;

        // Act
        var shape = Measure(Query);

        // Assert
        Assert.Equal((2, "Workspace.connections"), (shape.ListVariants, shape.ListVariantsField));
    }

    private DocumentShape Measure(string query, Inputs? variables = null)
    {
        var schema = server.Factory.Services.GetRequiredService<JobGraphSchema>();
        schema.Initialize();
        return DocumentMeasure.Measure(Parser.Parse(query), schema, variables, defaultListSize: 10);
    }
}
