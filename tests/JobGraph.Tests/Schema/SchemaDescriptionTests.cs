using GraphQL.Types;
using JobGraph.Server;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Schema;

/// <summary>What a client developer reads in the IDE's schema reference and in generated code comes from descriptions.</summary>
[Collection(ServerCollection.Name)]
public sealed class SchemaDescriptionTests(ServerFixture server)
{
    private static readonly string[] _specScalars = ["String", "Int", "Float", "Boolean", "ID"];

    [Fact]
    public void Every_type_field_argument_and_enum_value_has_a_description()
    {
        // Arrange
        var schema = server.Factory.Services.GetRequiredService<JobGraphSchema>();

        // Act
        var missing = new List<string>();
        // Introspection types and the spec's own scalars are described by the spec, not by this schema.
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !_specScalars.Contains(t.Name)))
        {
            Check(missing, type.Name, type.Description);
            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    Check(missing, $"{type.Name}.{field.Name}", field.Description);
                    foreach (var argument in field.Arguments ?? [])
                    {
                        Check(missing, $"{type.Name}.{field.Name}({argument.Name})", argument.Description);
                    }
                }
            }

            if (type is EnumerationGraphType enumeration)
            {
                foreach (var value in enumeration.Values)
                {
                    Check(missing, $"{type.Name}.{value.Name}", value.Description);
                }
            }
        }

        // Assert
        Assert.True(missing.Count == 0, "No description: " + string.Join(", ", missing));
    }

    private static void Check(List<string> missing, string path, string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            missing.Add(path);
        }
    }
}
