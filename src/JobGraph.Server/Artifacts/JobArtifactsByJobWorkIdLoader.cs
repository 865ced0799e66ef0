using GraphQL.DataLoader;
using JobGraph.Server.Data;
using JobGraph.Server.Data.Sql;
using JobGraph.Server.DataLoading;

namespace JobGraph.Server.Artifacts;

/// <summary>
/// A job work's artifacts, fetched in one query with their work artifacts and each artifact's latest fetch task: every
/// caller of <c>jobWorkArtifacts</c> reads <c>workArtifact</c> and its status next, so those levels cost no round trip
/// of their own and their fields resolve at once (each work artifact carries the latest fetch this query brought). Only the
/// columns the selection reads are selected (<see cref="ArtifactColumns"/>); the key carries them, so a narrow result
/// never answers a wider request. The key also carries the job work's workspace: the usual batch has one, so the query
/// keeps to it and no row's workspace is read. A key's value holds only rows of the key's workspace (the tenant check
/// of <see cref="TenantGuard"/>), so callers need no check of their own.
/// </summary>
public sealed class JobArtifactsByJobWorkIdLoader(SqlReads sql)
    : BatchLoader<(string JobWorkId, string WorkspaceId, ArtifactColumns Columns), IReadOnlyList<JobArtifact>>([])
{
    public IDataLoaderResult<IReadOnlyList<JobArtifact>> Load(string jobWorkId, string workspaceId, ArtifactColumns columns)
        => Load((jobWorkId, workspaceId, columns));

    protected override async Task<IReadOnlyDictionary<(string JobWorkId, string WorkspaceId, ArtifactColumns Columns), IReadOnlyList<JobArtifact>>> FetchAsync(
        IReadOnlyList<(string JobWorkId, string WorkspaceId, ArtifactColumns Columns)> keys, CancellationToken cancellationToken)
    {
        var columns = ArtifactColumns.None;
        var workspaceId = keys[0].WorkspaceId;
        foreach (var key in keys)
        {
            columns |= key.Columns;
            workspaceId = workspaceId == key.WorkspaceId ? workspaceId : null;
        }

        var jobWorkIds = keys.Select(k => k.JobWorkId).Distinct(StringComparer.Ordinal).ToArray();
        var batch = new JobArtifactRows(columns, jobWorkIds.Length == 1 ? jobWorkIds[0] : null, workspaceId);
        var rows = await sql.ListAsync(batch.Query(jobWorkIds), batch.Read, cancellationToken).ConfigureAwait(false);
        var byJobWork = KeyedRows.ByKey(rows, static ja => ja.JobWorkId, jobWorkIds.Length);
        var result = new Dictionary<(string, string, ArtifactColumns), IReadOnlyList<JobArtifact>>(keys.Count);
        foreach (var key in keys)
        {
            // The tenant check is the loader's: a batch of one workspace was filtered by the query; otherwise each key
            // keeps the rows of its job work's workspace.
            var list = byJobWork.TryGetValue(key.JobWorkId, out var rowsOf) ? rowsOf : [];
            result[key] = workspaceId is null ? TenantGuard.Only(list, key.WorkspaceId, static ja => ja.WorkspaceId) : list;
        }

        return result;
    }
}
