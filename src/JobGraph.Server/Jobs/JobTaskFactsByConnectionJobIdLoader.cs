using JobGraph.Server.Data.Sql;
using JobGraph.Server.DataLoading;

namespace JobGraph.Server.Jobs;

/// <summary>
/// The facts of each job's tasks (<see cref="JobTaskFacts"/>), aggregated in SQL: one row per job instead of every
/// task. A client polling the status, outcome and progress of many jobs reads these, not the task lists (each task a
/// row of ten columns and a string per value; a third of such a request's time went to reading them).
/// Keyed by job and the job's workspace: only tasks of that workspace count, as the task list's tenant check keeps.
/// </summary>
public sealed class JobTaskFactsByConnectionJobIdLoader(SqlReads sql)
    : BatchLoader<(string JobId, string WorkspaceId), JobTaskFacts>(JobTaskFacts.None)
{
    private const string Running = nameof(TaskState.Running);

    // The current tasks are StatusRules.Current in SQL: per job, workspace, kind and target, the latest by CreatedAt,
    // then Id ("Latest" = 1). The running current task that started first (then by Id) is numbered "Step" 1.
    private static readonly string _select = $"""
        SELECT "s"."ConnectionJobId", "s"."WorkspaceId",
         count(CASE WHEN "s"."Latest" = 1 THEN 1 END),
         count(CASE WHEN "s"."Status" NOT IN ('{nameof(TaskState.Pending)}', '{nameof(TaskState.Queued)}') THEN 1 END),
         count(CASE WHEN "s"."Latest" = 1 AND "s"."Status" = '{nameof(TaskState.Complete)}' THEN 1 END),
         count(CASE WHEN "s"."Latest" = 1 AND "s"."Status" = '{nameof(TaskState.Failed)}' THEN 1 END),
         count(CASE WHEN "s"."Latest" = 1 AND "s"."Status" = '{nameof(TaskState.Cancelled)}' THEN 1 END),
         max(CASE WHEN "s"."Step" = 1 AND "s"."Latest" = 1 AND "s"."Status" = '{Running}' THEN "s"."Name" END)
        FROM (SELECT "a"."ConnectionJobId", "a"."WorkspaceId", "a"."Name", "a"."Status", "a"."Latest",
         ROW_NUMBER() OVER (PARTITION BY "a"."ConnectionJobId", "a"."WorkspaceId"
          ORDER BY CASE WHEN "a"."Latest" = 1 AND "a"."Status" = '{Running}' THEN 0 ELSE 1 END,
           COALESCE("a"."StartedAt", "a"."CreatedAt"), "a"."Id") AS "Step"
         FROM (SELECT "t"."ConnectionJobId", "t"."WorkspaceId", "t"."Name", "t"."Status", "t"."CreatedAt", "t"."StartedAt", "t"."Id",
          ROW_NUMBER() OVER (PARTITION BY "t"."ConnectionJobId", "t"."WorkspaceId", "t"."Kind",
           COALESCE("t"."WorkArtifactId", "t"."JobWorkId", "t"."Id") ORDER BY "t"."CreatedAt" DESC, "t"."Id" DESC) AS "Latest"
          FROM "Tasks" AS "t" WHERE 
        """;

    private const string GroupByJob = """
        ) AS "a") AS "s"
        GROUP BY "s"."ConnectionJobId", "s"."WorkspaceId"
        """;

    protected override async Task<IReadOnlyDictionary<(string JobId, string WorkspaceId), JobTaskFacts>> FetchAsync(
        IReadOnlyList<(string JobId, string WorkspaceId)> keys, CancellationToken cancellationToken)
    {
        var jobIds = keys.Select(k => k.JobId).Distinct(StringComparer.Ordinal).ToArray();
        var query = new SqlQuery().Append(_select).In("t", "ConnectionJobId", jobIds).Append(GroupByJob);
        var rows = await sql.ListAsync(query, r => (
            Key: (r.GetString(0), r.GetString(1)),
            Facts: new JobTaskFacts(
                (int)r.GetInt64(2), (int)r.GetInt64(3), (int)r.GetInt64(4), (int)r.GetInt64(5), (int)r.GetInt64(6), r.TextOrNull(7))),
            cancellationToken).ConfigureAwait(false);
        // Rows of a job in another workspace than the one asked for are left out: the key does not ask for them.
        return rows.ToDictionary(r => r.Key, r => r.Facts);
    }
}
