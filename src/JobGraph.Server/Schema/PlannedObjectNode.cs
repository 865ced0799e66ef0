using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace JobGraph.Server.Schema;

/// <summary>
/// An object's execution node whose fields resolved inline (<see cref="SelectionPlan.Inline"/>) were resolved while it
/// completed: their values sit in <see cref="Slots"/> beside the child nodes of the other fields, in response order.
/// <see cref="ObjectExecutionNode.SubFields"/> holds only the child nodes, so the engine executes and null-checks only
/// those; the inlined values were checked against their types when they were resolved.
/// </summary>
public sealed class PlannedObjectNode(ExecutionNode parent, IGraphType graphType, GraphQLField field, FieldType fieldDefinition, int? indexInParentNode)
    : ObjectExecutionNode(parent, graphType, field, fieldDefinition, indexInParentNode)
{
    /// <summary>The plan of the fields, or null when every field has its own child node.</summary>
    public SelectionPlan? Plan { get; private set; }

    /// <summary>Resolved and completed while its parent completed: the engine does not execute it again.</summary>
    public bool Completed { get; set; }

    /// <summary>Per field of <see cref="Plan"/>: its child <see cref="ExecutionNode"/>, its serialized value, or an <see cref="InlineObject"/>.</summary>
    public object?[]? Slots { get; private set; }

    public void SetSlots(SelectionPlan plan, object?[] slots, ExecutionNode[] children)
    {
        Plan = plan;
        Slots = slots;
        SubFields = children;
    }

    public override object? ToValue()
    {
        if (Plan is null || Slots is null || SubFields is null)
        {
            return base.ToValue();
        }

        var values = new Dictionary<string, object?>(Slots.Length);
        for (var i = 0; i < Slots.Length; i++)
        {
            values[Plan.Names[i]] = Slots[i] switch
            {
                ExecutionNode child => child.ToValue(),
                InlineObject inline => inline.ToValue(),
                var value => value,
            };
        }

        return values;
    }
}
