namespace JobGraph.Server.Schema;

/// <summary>
/// A single object every field of which resolved while its parent completed: kept as a value in the parent's slot
/// instead of a node the engine would walk. Its slots hold serialized values and other such objects, never nodes.
/// </summary>
/// <param name="Plan">The object's fields.</param>
/// <param name="Slots">Per field of <paramref name="Plan"/>, its serialized value.</param>
public sealed record InlineObject(SelectionPlan Plan, object?[] Slots)
{
    /// <summary>The object as the engine's own nodes give it: a dictionary of response names to values.</summary>
    public Dictionary<string, object?> ToValue()
    {
        var values = new Dictionary<string, object?>(Slots.Length);
        for (var i = 0; i < Slots.Length; i++)
        {
            values[Plan.Names[i]] = Slots[i] is InlineObject inline ? inline.ToValue() : Slots[i];
        }

        return values;
    }
}
