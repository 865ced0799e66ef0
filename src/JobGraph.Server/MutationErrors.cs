using GraphQL;

namespace JobGraph.Server;

/// <summary>The errors a mutation reports for a target it cannot reach or whose state forbids the change.</summary>
public static class MutationErrors
{
    /// <summary>The same answer for an unknown id and another tenant's id, so ids cannot be probed.</summary>
    public static ExecutionError NotFound(string what, string id)
        => new($"{what} '{id}' does not exist.") { Code = ErrorCodes.NotFound };

    public static ExecutionError Conflict(string message) => new(message) { Code = ErrorCodes.Conflict };

    public static ExecutionError BadUserInput(string message) => new(message) { Code = ErrorCodes.BadUserInput };
}
