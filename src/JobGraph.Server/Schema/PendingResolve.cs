using GraphQL.DataLoader;

namespace JobGraph.Server.Schema;

/// <summary>
/// A leaf resolver that did not finish at once: the engine awaits it with the pending DataLoader results, and an
/// exception it ends with becomes the field's error there, as it would have in the resolver's own node.
/// </summary>
internal sealed class PendingResolve(Task<object?> resolving) : IDataLoaderResult
{
    public Task<object?> GetResultAsync(CancellationToken cancellationToken = default) => resolving;
}
