using GraphQL;

namespace JobGraph.Server.Limits;

/// <summary>Keeps a response's error list bounded: the first errors, then one that says how many were left out.</summary>
public static class ErrorCap
{
    public static void Apply(ExecutionResult result, int maxErrors)
    {
        if (result.Errors is not { } errors || errors.Count <= maxErrors)
        {
            return;
        }

        var kept = new ExecutionErrors();
        foreach (var error in errors.Take(maxErrors))
        {
            kept.Add(error);
        }

        kept.Add(new ExecutionError($"{errors.Count - maxErrors} more errors were left out.") { Code = ErrorCodes.TooManyErrors });
        result.Errors = kept;
    }
}
