using GraphQL.DataLoader;
using JobGraph.Server.DataLoading;

namespace JobGraph.Server.Data;

/// <summary>
/// Rows reached through a foreign key are shown only when they live in the referencing row's workspace. The
/// composite foreign keys already refuse cross-tenant rows; this keeps a row written around them from ever being shown
/// (DESIGN.md: loaders below a connection never trust a foreign key alone).
/// </summary>
public static class TenantGuard
{
    /// <summary>The loaded row, or null when it belongs to another workspace than <paramref name="workspaceId"/>.</summary>
    public static IDataLoaderResult<T?> InWorkspace<T>(this IDataLoaderResult<T?> row, string workspaceId, Func<T, string> workspaceOf)
        where T : class
        => row.Then(r => r is not null && workspaceOf(r) == workspaceId ? r : null);

    /// <summary>The loaded rows that belong to <paramref name="workspaceId"/>; the same list when all of them do.</summary>
    public static IDataLoaderResult<IReadOnlyList<T>> InWorkspace<T>(
        this IDataLoaderResult<IReadOnlyList<T>> rows, string workspaceId, Func<T, string> workspaceOf)
        => rows.Then(list => list.All(r => workspaceOf(r) == workspaceId) ? list : list.Where(r => workspaceOf(r) == workspaceId).ToList());
}
