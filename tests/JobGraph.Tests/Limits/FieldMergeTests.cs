using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules;
using JobGraph.Server.Limits;

namespace JobGraph.Tests.Limits;

/// <summary>
/// The linear OverlappingFieldsRule against the GraphQL spec's examples for "Field Selection Merging" (5.3.2),
/// over the spec's example schema, with GraphQL.NET's own rule as the second opinion on every example.
/// </summary>
public sealed class FieldMergeTests
{
    private const string Sdl = """
        type Query { dog: Dog pet: Pet catOrDog: CatOrDog }
        enum DogCommand { SIT DOWN HEEL }
        enum CatCommand { JUMP }
        interface Pet { name: String! }
        interface Sentient { name: String! }
        type Dog implements Pet { name: String! nickname: String barkVolume: Int doesKnowCommand(dogCommand: DogCommand!): Boolean!
          isHouseTrained(atOtherHomes: Boolean): Boolean! owner: Human }
        type Cat implements Pet { name: String! nickname: String doesKnowCommand(catCommand: CatCommand!): Boolean! meowVolume: Int }
        type Human implements Sentient { name: String! pets: [Pet!] }
        union CatOrDog = Cat | Dog
        """;

    private static readonly string[] _abstractTypes = ["Pet", "Sentient", "CatOrDog"];
    private static readonly ISchema _schema = BuildSchema();

    [Theory]
    // The spec's valid examples.
    [InlineData("{ dog { ...mergeIdenticalFields } } fragment mergeIdenticalFields on Dog { name name }")]
    [InlineData("{ dog { ...mergeIdenticalAliasesAndFields } } fragment mergeIdenticalAliasesAndFields on Dog { otherName: name otherName: name }")]
    [InlineData("{ dog { ...f } } fragment f on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: SIT) }")]
    [InlineData("query Q($dogCommand: DogCommand!) { dog { ...f } } fragment f on Dog { doesKnowCommand(dogCommand: $dogCommand) doesKnowCommand(dogCommand: $dogCommand) }")]
    [InlineData("{ pet { ...safeDifferingFields } } fragment safeDifferingFields on Pet { ... on Dog { volume: barkVolume } ... on Cat { volume: meowVolume } }")]
    [InlineData("{ pet { ...safeDifferingArgs } } fragment safeDifferingArgs on Pet { ... on Dog { doesKnowCommand(dogCommand: SIT) } ... on Cat { doesKnowCommand(catCommand: JUMP) } }")]
    // Further valid shapes: argument order, nested identical fields, interface fields that agree with every object's.
    [InlineData("{ dog { isHouseTrained(atOtherHomes: true) isHouseTrained(atOtherHomes: true) } }")]
    [InlineData("{ dog { owner { name } owner { pets { name } } } }")]
    [InlineData("{ pet { ... on Pet { n: name } ... on Dog { n: name } ... on Cat { n: name } } }")]
    [InlineData("{ catOrDog { ... on Dog { x: nickname } ... on Cat { x: nickname } } }")]
    public async Task Spec_examples_that_merge_are_valid(string query)
    {
        // Act
        var ours = await ValidateAsync(query, OverlappingFieldsRule.Instance);
        var theirs = await ValidateAsync(query, OverlappingFieldsCanBeMerged.Instance);

        // Assert
        Assert.Empty(theirs);
        Assert.Empty(ours);
    }

    [Theory]
    // The spec's invalid examples.
    [InlineData("{ dog { ...conflictingBecauseAlias } } fragment conflictingBecauseAlias on Dog { name: nickname name }")]
    [InlineData("{ dog { ...f } } fragment f on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) }")]
    [InlineData("query Q($dogCommand: DogCommand!) { dog { ...f } } fragment f on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: $dogCommand) }")]
    [InlineData("query Q($varOne: DogCommand!, $varTwo: DogCommand!) { dog { ...f } } fragment f on Dog { doesKnowCommand(dogCommand: $varOne) doesKnowCommand(dogCommand: $varTwo) }")]
    [InlineData("{ dog { ...differingArgs } } fragment differingArgs on Dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand }")]
    [InlineData("{ pet { ...f } } fragment f on Pet { ... on Dog { someValue: nickname } ... on Cat { someValue: meowVolume } }")]
    // Further invalid shapes: conflicts nested under merged fields, across fragments, and against an interface's field.
    [InlineData("{ dog { owner { x: name } } dog { owner { x: pets { name } } } }")]
    [InlineData("{ dog { ...A ...B } } fragment A on Dog { x: name } fragment B on Dog { x: barkVolume }")]
    [InlineData("{ pet { ... on Pet { name } ... on Dog { name: nickname } } }")]
    [InlineData("{ catOrDog { ... on Dog { x: barkVolume } ... on Cat { x: nickname } } }")]
    public async Task Spec_examples_that_conflict_are_refused_with_the_engines_code(string query)
    {
        // Act
        var ours = await ValidateAsync(query, OverlappingFieldsRule.Instance);
        var theirs = await ValidateAsync(query, OverlappingFieldsCanBeMerged.Instance);

        // Assert
        Assert.NotEmpty(theirs);
        Assert.Equal(theirs.Distinct(), ours.Distinct());
    }

    [Fact]
    public async Task Two_thousand_same_name_fields_with_different_arguments_are_one_error()
    {
        // Arrange: GraphQL.NET's rule compares every pair of these.
        var fields = string.Join(" ", Enumerable.Range(1, 2000).Select(i => $"isHouseTrained(atOtherHomes: {(i % 2 == 0 ? "true" : "false")}) x{i}: name"));
        var query = "{ dog { " + fields + " } }";

        // Act
        var errors = await ValidateAsync(query, OverlappingFieldsRule.Instance);

        // Assert
        Assert.Equal(["OVERLAPPING_FIELDS_CAN_BE_MERGED"], errors);
    }

    private static async Task<IReadOnlyList<string?>> ValidateAsync(string query, IValidationRule rule)
    {
        var result = await new DocumentExecuter().ExecuteAsync(new ExecutionOptions
        {
            Schema = _schema,
            Query = query,
            ValidationRules = [rule],
            Variables = new Inputs(new Dictionary<string, object?> { ["dogCommand"] = "SIT", ["varOne"] = "SIT", ["varTwo"] = "DOWN" }),
        });
        return result.Executed ? [] : (result.Errors ?? []).Select(e => e.Code).ToList();
    }

    private static GraphQL.Types.Schema BuildSchema()
    {
        // Only validation runs; the engine still wants every possible type to be resolvable.
        var schema = GraphQL.Types.Schema.For(Sdl, builder =>
        {
            foreach (var name in _abstractTypes)
            {
                builder.Types.For(name).ResolveType = _ => null!;
            }
        });
        schema.Initialize();
        return schema;
    }
}
