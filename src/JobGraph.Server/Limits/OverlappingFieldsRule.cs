using GraphQL.Validation;

namespace JobGraph.Server.Limits;

/// <summary>Replaces GraphQL.NET's OverlappingFieldsCanBeMerged, which is quadratic in the fields of one response name.</summary>
public sealed class OverlappingFieldsRule : ValidationRuleBase
{
    public static readonly OverlappingFieldsRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        FieldMerge.Check(context);
        return default;
    }
}
