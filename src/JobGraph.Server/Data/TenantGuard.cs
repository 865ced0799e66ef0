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
        => row.Then(r => Only(r, workspaceId, workspaceOf));

    /// <summary>The row, or null when it belongs to another workspace than <paramref name="workspaceId"/>.</summary>
    public static T? Only<T>(T? row, string workspaceId, Func<T, string> workspaceOf)
        where T : class
        => row is not null && workspaceOf(row) == workspaceId ? row : null;

    /// <summary>The rows that belong to <paramref name="workspaceId"/>; the same list when all of them do.</summary>
    public static IReadOnlyList<T> Only<T>(IReadOnlyList<T> rows, string workspaceId, Func<T, string> workspaceOf)
    {
        // By index: a foreach over the interface would allocate an enumerator per field.
        for (var i = 0; i < rows.Count; i++)
        {
            if (workspaceOf(rows[i]) != workspaceId)
            {
                return Filter(rows, workspaceId, workspaceOf);
            }
        }

        return rows;
    }

    // Apart, so the closure is allocated only when a row is filtered out, not on every call (thousands per response).
    private static List<T> Filter<T>(IReadOnlyList<T> rows, string workspaceId, Func<T, string> workspaceOf)
        => rows.Where(r => workspaceOf(r) == workspaceId).ToList();

    /// <summary>The loaded rows that belong to <paramref name="workspaceId"/>; the same list when all of them do.</summary>
    public static IDataLoaderResult<IReadOnlyList<T>> InWorkspace<T>(
        this IDataLoaderResult<IReadOnlyList<T>> rows, string workspaceId, Func<T, string> workspaceOf)
        => rows.Then(list => Only(list, workspaceId, workspaceOf));
}
