namespace JobGraph.Server.Schema;

/// <summary>How <see cref="QueryExecutionStrategy"/> may resolve a field while the object it belongs to completes.</summary>
public enum InlineKind
{
    /// <summary>Through a node of its own, as GraphQL.NET does.</summary>
    None,

    /// <summary>A scalar or enum: its value is kept in the object's node.</summary>
    Leaf,

    /// <summary>A single object: its node is completed at once, its own fields planned the same way.</summary>
    SingleObject,
}
