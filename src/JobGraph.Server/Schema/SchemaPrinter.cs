using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace JobGraph.Server.Schema;

/// <summary>The SDL of the schema as schema.graphql holds it: ordinal order, LF line ends, one final newline.</summary>
public static class SchemaPrinter
{
    public static string Print(ISchema schema)
        => schema.Print(new PrintOptions { StringComparison = StringComparison.Ordinal }).ReplaceLineEndings("\n").TrimEnd() + "\n";
}
