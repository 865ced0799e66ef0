using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser;
using JobGraph.Server.Schema;

namespace JobGraph.Tests.Schema;

/// <summary>
/// The planned strategy and its writer answer byte for byte what GraphQL.NET's own parallel strategy and serializer
/// answer, on a schema whose leaf fields do everything a resolver can: values of every scalar kind, nulls, thrown
/// exceptions and execution errors, null for a non-null type, async and DataLoader results, paths and parent contexts.
/// </summary>
public sealed class QueryExecutionStrategyTests
{
    private const string EveryLeaf = "{ items { id note count flag ratio kind where parentName "
        + "later loaded child { id note where } tags } }";

    [Theory]
    [InlineData(EveryLeaf)]
    [InlineData("{ items { id broken } }")]
    [InlineData("{ items { id missing } }")]
    [InlineData("{ items { id refused note } }")]
    [InlineData("{ items { ...Parts a: id b: note } } fragment Parts on Item { id kind w: where child { ...Leaf } } fragment Leaf on Item { note w: where }")]
    [InlineData("{ items { id ... on Item { note count } __typename } }")]
    [InlineData("{ items { id note } items { count id } }")]
    [InlineData("{ item { id child { id } } }")]
    [InlineData("{ items { id requiredChild { id note } } }")]
    [InlineData("{ items { id brokenChild { id } laterChild { id later } loadedChild { id loaded child { id } } } }")]
    [InlineData("{ items { child { child { id } parentName where } } }")]
    [InlineData("{ items { lateSource id note child { lateSource id } } }")]
    [InlineData("{ requiredItems { id note child { id where } } }")]
    [InlineData("{ requiredItems { id missing } }")]
    [InlineData("{ items { id } required: requiredItems { id broken } }")]
    [InlineData("{ someItems { id note where } }")]
    [InlineData("{ loadedItems { id note child { id } } }")]
    [InlineData("{ grid { id where child { id } } }")]
    [InlineData("{ items { id later } someItems { id loaded } }")]
    public async Task A_query_answers_the_same_bytes_as_the_engines_own_strategy(string query)
    {
        var expected = await new Engine(planned: false).RunAsync(query);
        var actual = await new Engine(planned: true).RunAsync(query);

        Assert.Equal(expected, actual);
        Assert.Contains("\"data\"", actual, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ items { id child { id note } laterChild { id later } } }")]
    [InlineData("{ items { note ...Parts } } fragment Parts on Item { child { id where child { id } } }")]
    [InlineData("{ items { id note child { id } } someItems { id } grid { id } }")]
    public async Task A_querys_data_read_as_values_is_the_engines_own(string query)
    {
        // What a consumer of ExecutionResult.Data other than the response writer reads: ExecutionNode.ToValue().
        var expected = await new Engine(planned: false).RunToValuesAsync(query);
        var actual = await new Engine(planned: true).RunToValuesAsync(query);

        Assert.Contains("\"child\":{\"id\"", expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task A_reused_document_follows_each_requests_variables_through_skip_and_include()
    {
        const string Query = "query($skip: Boolean!) { items { id note @skip(if: $skip) ...F @include(if: $skip) } } fragment F on Item { count }";
        var document = Parser.Parse(Query);
        var planned = new Engine(planned: true);
        var reference = new Engine(planned: false);

        foreach (var skip in new[] { true, false, true })
        {
            var variables = new Inputs(new Dictionary<string, object?> { ["skip"] = skip });
            var actual = await planned.RunAsync(Query, variables, document);

            Assert.Equal(await reference.RunAsync(Query, variables), actual);
            Assert.Equal(!skip, actual.Contains("\"note\"", StringComparison.Ordinal));
            Assert.Equal(skip, actual.Contains("\"count\"", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_reused_document_without_directives_answers_the_same_every_time()
    {
        var document = Parser.Parse(EveryLeaf);
        var planned = new Engine(planned: true);
        var expected = await new Engine(planned: false).RunAsync(EveryLeaf);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(expected, await planned.RunAsync(EveryLeaf, document: document));
        }
    }

    private sealed class Engine
    {
        private readonly ServiceProvider _services;

        public Engine(bool planned)
        {
            var services = new ServiceCollection();
            services.AddSingleton<ItemType>().AddSingleton<EnumerationGraphType<Kind>>();
            services.AddGraphQL(builder =>
            {
                builder.AddSchema<TestSchema>().AddErrorInfoProvider(o => o.ExposeExceptionDetails = false);
                _ = planned ? builder.AddPlannedExecution() : builder.AddSystemTextJson();
            });
            _services = services.BuildServiceProvider();
        }

        public async Task<string> RunAsync(string query, Inputs? variables = null, GraphQLParser.AST.GraphQLDocument? document = null)
        {
            var result = await _services.GetRequiredService<IDocumentExecuter<TestSchema>>().ExecuteAsync(new ExecutionOptions
            {
                Query = query,
                Document = document,
                Variables = variables,
                RequestServices = _services,
            });
            return _services.GetRequiredService<IGraphQLTextSerializer>().Serialize(result);
        }

        public async Task<string> RunToValuesAsync(string query)
        {
            var result = await _services.GetRequiredService<IDocumentExecuter<TestSchema>>().ExecuteAsync(new ExecutionOptions
            {
                Query = query,
                RequestServices = _services,
            });
            Assert.Null(result.Errors);
            return System.Text.Json.JsonSerializer.Serialize(((ExecutionNode)result.Data!).ToValue());
        }
    }

    private sealed record Item(string Id, string? Note, int Count, bool Flag, double Ratio, Kind Kind, Item? Child);

    private enum Kind
    {
        Pdf,
        Image,
    }

    private sealed class Loaded(string value) : IDataLoaderResult<string>
    {
        public async Task<string> GetResultAsync(CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            return value;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class Later(Func<string> value) : IDataLoaderResult<string>
    {
        public async Task<string> GetResultAsync(CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            return value();
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class LoadedItem(Item? value) : IDataLoaderResult<Item?>
    {
        public async Task<Item?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            return value;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class TestSchema : GraphQL.Types.Schema
    {
        public TestSchema(IServiceProvider services)
            : base(services)
        {
            Query = new QueryType();
        }
    }

    private sealed class QueryType : ObjectGraphType
    {
        private static readonly Item[] _items =
        [
            new("item-1", "first \"quoted\" é", 1, true, 0.5, Kind.Pdf, new("item-1-child", null, 0, false, 0, Kind.Image, null)),
            new("item-2", null, -2, false, 1e21, Kind.Image, null),
            new("item-3", "<b>&</b>", int.MaxValue, true, double.Epsilon, Kind.Pdf, new("item-3-child", "deep", 3, true, 3.25, Kind.Pdf, null)),
        ];

        public QueryType()
        {
            Name = "Query";
            Field<ListGraphType<ItemType>>("items").Resolve(_ => _items);
            Field<ItemType>("item").Resolve(_ => _items[0]);
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<ItemType>>>>("requiredItems").Resolve(_ => _items);
            Field<ListGraphType<ItemType>>("someItems").Resolve(_ => new[] { _items[0], null, _items[2] });
            Field<ListGraphType<ItemType>>("loadedItems").Resolve(_ => _items.Select(i => new LoadedItem(i)).ToList());
            Field<ListGraphType<ListGraphType<ItemType>>>("grid").Resolve(_ => new[] { _items, _items[..1] });
        }
    }

    private sealed class ItemType : ObjectGraphType<Item>
    {
        public ItemType()
        {
            Name = "Item";
            Field(i => i.Id, type: typeof(NonNullGraphType<IdGraphType>));
            Field(i => i.Note, nullable: true);
            Field(i => i.Count);
            Field(i => i.Flag);
            Field(i => i.Ratio);
            Field<EnumerationGraphType<Kind>>("kind").Resolve(ctx => ctx.Source.Kind);
            Field<StringGraphType>("where").Resolve(ctx => string.Join('/', ctx.Path) + "|" + string.Join('/', ctx.ResponsePath));
            Field<StringGraphType>("parentName").Resolve(ctx => ctx.Parent?.FieldDefinition.Name + ":" + ctx.ParentType.Name);
            Field<NonNullGraphType<StringGraphType>>("broken")
                .Resolve(ctx => ctx.Source.Count > 0 ? throw new InvalidOperationException("boom") : "fine");
            Field<NonNullGraphType<StringGraphType>>("missing").Resolve(ctx => ctx.Source.Note);
            Field<StringGraphType>("refused")
                .Resolve(ctx => ctx.Source.Flag ? throw new ExecutionError("not yours") { Code = "REFUSED" } : "yours");
            Field<StringGraphType>("later").ResolveAsync(async ctx =>
            {
                await Task.Yield();
                return "later:" + ctx.Source.Id;
            });
            Field<StringGraphType>("loaded").Resolve(ctx => new Loaded("loaded:" + ctx.Source.Id));
            // Reads its context only when the engine awaits the result: a context reused for later fields would answer theirs.
            Field<StringGraphType>("lateSource").Resolve(ctx => new Later(() => "late:" + ((Item)ctx.Source!).Id + ":" + ctx.FieldDefinition.Name));
            Field<ListGraphType<StringGraphType>>("tags").Resolve(ctx => new[] { ctx.Source.Id, "tag" });
            Field<ItemType>("child").Resolve(ctx => ctx.Source.Child);
            Field<NonNullGraphType<ItemType>>("requiredChild").Resolve(ctx => ctx.Source.Child);
            Field<ItemType>("brokenChild").Resolve(ctx => ctx.Source.Flag ? throw new InvalidOperationException("boom") : ctx.Source.Child);
            Field<ItemType>("laterChild").ResolveAsync(async ctx =>
            {
                await Task.Yield();
                return ctx.Source.Child;
            });
            Field<ItemType>("loadedChild").Resolve(ctx => new LoadedItem(ctx.Source.Child));
        }
    }
}
