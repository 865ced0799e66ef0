using System.Data.Common;
using System.Globalization;
using System.Text;
using JobGraph.Server.Data.Sql;
using JobGraph.Server.DataLoading;

namespace JobGraph.Server.Jobs;

/// <summary>
/// The facts of each job's tasks (<see cref="JobTaskFacts"/>) for a client polling the status, outcome and progress of
/// many jobs without their task lists: one narrow row per task, ordered so that the attempts at one target (artifact,
/// job work) are adjacent and the latest comes last, folded into the facts in one pass as they are read. The task list
/// read ten columns per task (a string per value, two timestamps parsed): a third of such a request. SQL aggregates were
/// measured slower on SQLite than this read (window functions, GROUP BY per target, or a lookup of a later attempt per
/// task took 2-10 times as long as the whole statement here).
/// Keyed by job and the job's workspace: only tasks of that workspace count, as the task list's tenant check keeps.
/// </summary>
public sealed class JobTaskFactsByConnectionJobIdLoader(SqlReads sql)
    : BatchLoader<(string JobId, string WorkspaceId), JobTaskFacts>(JobTaskFacts.None)
{
    // StatusRules.Current's key: the kind, and the artifact, else the job work, else the task itself.
    private const string Target = "COALESCE(\"t\".\"WorkArtifactId\", \"t\".\"JobWorkId\", \"t\".\"Id\")";
    private const int KindFactor = 16;
    private const int KeyFactor = KindFactor * KindFactor;

    // Negative enough that a row with an unknown kind or state has a negative code for any batch of fewer than 262,144
    // jobs, and small enough that the code stays within 32 bits.
    private const int Unknown = -(1 << 26);
    private const string IfRunning = "CASE WHEN \"t\".\"Status\" = '" + nameof(TaskState.Running) + "' THEN ";

    // One number per row for the job (its position among the keys), the kind and the state, read without allocating
    // where their names would be strings per row; only a running task's start, id and name are read besides the target.
    private static readonly string _select = "SELECT \"k\".\"column1\" * " + KeyFactor + " + "
        + Code("Kind", Enum.GetValues<TaskKind>()) + " * " + KindFactor + " + " + Code("Status", Enum.GetValues<TaskState>()) + ", "
        + Target + ", " + IfRunning + "COALESCE(\"t\".\"StartedAt\", \"t\".\"CreatedAt\") END, " + IfRunning + "\"t\".\"Id\" END, "
        + IfRunning + "\"t\".\"Name\" END FROM (VALUES ";

    // A task counts for a key only in the key's workspace. Attempts at one target are adjacent, in StatusRules.Current's
    // order (CreatedAt, then Id), so the last one is current.
    private const string JoinInTargetOrder = ") AS \"k\" INNER JOIN \"Tasks\" AS \"t\""
        + " ON \"t\".\"ConnectionJobId\" = \"k\".\"column2\" AND \"t\".\"WorkspaceId\" = \"k\".\"column3\""
        + " ORDER BY \"k\".\"column1\", \"t\".\"Kind\", " + Target + ", \"t\".\"CreatedAt\", \"t\".\"Id\"";

    protected override async Task<IReadOnlyDictionary<(string JobId, string WorkspaceId), JobTaskFacts>> FetchAsync(
        IReadOnlyList<(string JobId, string WorkspaceId)> keys, CancellationToken cancellationToken)
    {
        var query = new SqlQuery().Append(_select);
        // Padded like a key list (SqlQuery.Padded), with keys that match no task: a NULL id equals nothing.
        var padded = SqlQuery.Padded(keys.Count);
        for (var i = 0; i < padded; i++)
        {
            var (jobId, workspaceId) = i < keys.Count ? keys[i] : (null, null);
            query.Append(i == 0 ? "(" : ", (").Append(i.ToString(CultureInfo.InvariantCulture)).Append(", ")
                .Param(jobId).Append(", ").Param(workspaceId).Append(")");
        }

        var pass = new Pass();
        // Folded while read: a row yields a job's facts only when it starts the next job, so nothing is kept per task.
        var jobs = await sql.ListAsync(query.Append(JoinInTargetOrder), pass.Add, cancellationToken).ConfigureAwait(false);
        jobs.Add(pass.Finish());
        var facts = new Dictionary<(string JobId, string WorkspaceId), JobTaskFacts>(keys.Count);
        foreach (var job in jobs)
        {
            if (job is not null)
            {
                facts[keys[job.Key]] = job.Facts;
            }
        }

        return facts;
    }

    // CASE "t"."column" WHEN 'Name' THEN number ... END: the enum's names as stored, to their numbers; any other to a
    // number that makes the row's whole code negative.
    private static string Code<TEnum>(string column, TEnum[] values)
        where TEnum : struct, Enum
    {
        var sql = new StringBuilder("CASE \"t\".\"").Append(column).Append('"');
        foreach (var value in values)
        {
            sql.Append(" WHEN '").Append(value.ToString()).Append("' THEN ").Append(Convert.ToInt32(value, CultureInfo.InvariantCulture));
        }

        return sql.Append(" ELSE ").Append(Unknown).Append(" END").ToString();
    }

    private sealed record KeyFacts(int Key, JobTaskFacts Facts);

    // One pass over the rows in target order: the attempt before a change of target (or job) is that target's current task.
    private sealed class Pass
    {
        private JobTaskFactsBuilder _facts = new();
        private int _key = -1;
        private string? _target;
        private TaskKind _kind;
        private TaskState _status;
        private DateTime _startedAt;
        private string? _id;
        private string? _name;

        public KeyFacts? Add(DbDataReader r)
        {
            var code = r.GetInt32(0);
            var (key, kind, status) = (code / KeyFactor, (TaskKind)(code % KeyFactor / KindFactor), (TaskState)(code % KindFactor));
            if (code < 0 || !Enum.IsDefined(kind) || !Enum.IsDefined(status))
            {
                throw new InvalidOperationException("A task has a kind or status the API does not know.");
            }

            var target = r.GetString(1);
            var finished = key == _key && kind == _kind && target == _target ? null : Finish(endsJob: key != _key);
            _facts.AddAttempt(status);
            (_key, _target, _kind, _status) = (key, target, kind, status);
            (_startedAt, _id, _name) = status == TaskState.Running ? (r.Utc(2), r.GetString(3), r.GetString(4)) : (default, null, null);
            return finished;
        }

        /// <summary>Counts the last attempt read as current; when that ends its job, returns the job's facts.</summary>
        public KeyFacts? Finish(bool endsJob = true)
        {
            if (_key < 0)
            {
                return null;
            }

            _facts.AddCurrent(_status, _startedAt, _id, _name);
            if (!endsJob)
            {
                return null;
            }

            var job = new KeyFacts(_key, _facts.Build());
            (_facts, _key) = (new JobTaskFactsBuilder(), -1);
            return job;
        }
    }
}
