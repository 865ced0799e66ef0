using GraphQL.Types;

namespace JobGraph.Server.Schema;

/// <summary><c>JSON</c>: any JSON value, passed through as is (objects in every documented use).</summary>
public sealed class JsonScalar : ComplexScalarGraphType
{
    public JsonScalar()
    {
        Name = "JSON";
        Description = "Arbitrary JSON value (object in every documented use).";
    }
}
