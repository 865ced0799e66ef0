using System.Data.Common;
using System.Globalization;
using JobGraph.Server.Data.Sql;
using JobGraph.Server.DataLoading;

namespace JobGraph.Server.Jobs;

/// <summary>
/// The facts of each job's tasks (<see cref="JobTaskFacts"/>) for a client polling the status, outcome and progress of
/// many jobs without their task lists: one narrow row per task, ordered so that the attempts at one artifact are
/// adjacent and the latest comes last, folded into the facts in one pass as they are read. The task list read ten
/// columns per task (a string per value, two timestamps parsed): a third of such a request. SQL aggregates were
/// measured slower on SQLite than this read (window functions, GROUP BY per target, or a lookup of a later attempt per
/// task took 2-10 times as long as the whole statement here). The order is the tasks' job index's, so SQLite reads the
/// rows from that index alone, with no sort and no table row but a running task's.
/// Keyed by job and the job's workspace: only tasks of that workspace count, as the task list's tenant check keeps.
/// </summary>
public sealed class JobTaskFactsByConnectionJobIdLoader(SqlReads sql)
    : BatchLoader<(string JobId, string WorkspaceId), JobTaskFacts>(JobTaskFacts.None)
{
    // StatusRules.Current's key: the kind, and the artifact, else the job work, else the task itself.
    private const string Target = "COALESCE(\"t\".\"WorkArtifactId\", \"t\".\"JobWorkId\", \"t\".\"Id\")";
    private const int KindFactor = 16;

    // A state fits in the three bits below this one.
    private const int NoArtifact = 8;
    private const int KeyFactor = KindFactor * KindFactor;

    // Negative enough that a row with an unknown kind or state has a negative code for any batch of fewer than 262,144
    // jobs, and small enough that the code stays within 32 bits.
    private const int Unknown = -(1 << 26);
    private const string IfRunning = "CASE WHEN \"t\".\"Status\" = '" + nameof(TaskState.Running) + "' THEN ";

    // One number per row for the kind, the state and whether the task has an artifact (the job's position among the
    // keys is added before it), read without allocating where their names would be strings per row; only a running
    // task's start, id and name are read besides the target.
    private static readonly string _kindAndState = " * " + KeyFactor + " + " + Code<TaskKind>("Kind") + " * " + KindFactor
        + " + CASE WHEN \"t\".\"WorkArtifactId\" IS NULL THEN " + NoArtifact + " ELSE 0 END + " + Code<TaskState>("Status")
        + ", " + Target + ", " + IfRunning + "COALESCE(\"t\".\"StartedAt\", \"t\".\"CreatedAt\") END, " + IfRunning + "\"t\".\"Id\" END, "
        + IfRunning + "\"t\".\"Name\" END FROM \"Tasks\" AS \"t\" WHERE \"t\".\"ConnectionJobId\" IN (";

    // Each job's tasks together, by kind, attempts at one artifact adjacent in StatusRules.Current's order (CreatedAt,
    // then Id), so the last one read is current; the tasks without an artifact come together too, in that order. The
    // order of the tasks' job index (JobTaskConfiguration), so the rows need no sort.
    private const string InIndexOrder = " ORDER BY \"t\".\"ConnectionJobId\", \"t\".\"WorkspaceId\", \"t\".\"Kind\", \"t\".\"WorkArtifactId\","
        + " \"t\".\"CreatedAt\", \"t\".\"Id\"";

    protected override async Task<IReadOnlyDictionary<(string JobId, string WorkspaceId), JobTaskFacts>> FetchAsync(
        IReadOnlyList<(string JobId, string WorkspaceId)> keys, CancellationToken cancellationToken)
    {
        // Folded while read: a job's facts are kept when its last row has been read, so no list of tasks is kept.
        var pass = new Pass(keys);
        await sql.ReadAsync(Query(keys), pass, static (r, pass) => pass.Add(r), cancellationToken).ConfigureAwait(false);
        return pass.Finish();
    }

    // SELECT (the key's position) * 256 + kind * 16 + (8 without an artifact) + state, ... WHERE job IN (...) AND
    // workspace = (or IN) (...). The position is a CASE over the keys (the job, and its workspace when the keys span
    // several), any other pair to the padded count, which no key has. Padded like a key list (SqlQuery.Padded) by
    // repeating the last key: a CASE takes the first WHEN that matches, so a repeated key keeps its own position. Each
    // value is bound once and named again.
    private static SqlQuery Query(IReadOnlyList<(string JobId, string WorkspaceId)> keys)
    {
        var padded = SqlQuery.Padded(keys.Count);
        var oneWorkspace = keys.All(k => k.WorkspaceId == keys[0].WorkspaceId);
        var query = new SqlQuery().Append(oneWorkspace ? "SELECT CASE \"t\".\"ConnectionJobId\"" : "SELECT CASE");
        var jobs = new List<string>(padded);
        var workspaces = new List<string>();
        var workspaceNames = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < padded; i++)
        {
            var (jobId, workspaceId) = keys[Math.Min(i, keys.Count - 1)];
            query.Append(oneWorkspace ? " WHEN " : " WHEN \"t\".\"ConnectionJobId\" = ");
            query.Param(jobId, out var job);
            jobs.Add(job);
            if (!oneWorkspace)
            {
                if (!workspaceNames.TryGetValue(workspaceId, out var name))
                {
                    query.Append(" AND \"t\".\"WorkspaceId\" = ").Param(workspaceId, out name);
                    workspaceNames[workspaceId] = name;
                    workspaces.Add(name);
                }
                else
                {
                    query.Append(" AND \"t\".\"WorkspaceId\" = ").Append(name);
                }
            }

            query.Append(" THEN ").Append(i.ToString(CultureInfo.InvariantCulture));
        }

        query.Append(" ELSE ").Append(padded.ToString(CultureInfo.InvariantCulture)).Append(" END").Append(_kindAndState)
            .Append(string.Join(", ", jobs)).Append(") AND \"t\".\"WorkspaceId\"");
        if (oneWorkspace)
        {
            query.Append(" = ").Param(keys[0].WorkspaceId);
        }
        else
        {
            workspaces.AddRange(Enumerable.Repeat(workspaces[^1], SqlQuery.Padded(workspaces.Count) - workspaces.Count));
            query.Append(" IN (").Append(string.Join(", ", workspaces)).Append(")");
        }

        return query.Append(InIndexOrder);
    }

    // The enum's names as stored, to their numbers; any other to a number that makes the row's whole code negative.
    private static string Code<TEnum>(string column)
        where TEnum : struct, Enum
        => StoredEnum.Code<TEnum>("\"t\".\"" + column + "\"", Unknown);

    private readonly record struct Attempt(TaskState Status, DateTime StartedAt, string? Id, string? Name);

    // One pass over each job's tasks by kind: the attempt before a change of artifact is that artifact's current task.
    // Tasks without an artifact (a job work's, or the task's own target) come in creation order, not by target: the
    // last read of each target is current. StatusRules.Current keys a target by its id alone, but an artifact's id never
    // equals a job work's or a task's (Ids.New prefixes each with its kind), so the two kinds of target are kept apart.
    private sealed class Pass(IReadOnlyList<(string JobId, string WorkspaceId)> keys)
    {
        private readonly Dictionary<(string JobId, string WorkspaceId), JobTaskFacts> _facts = new(keys.Count);
        private readonly Dictionary<string, Attempt> _latestWithoutArtifact = new(StringComparer.Ordinal);
        private JobTaskFactsBuilder _job = new();
        private int _key = -1;
        private TaskKind _kind;
        private string? _artifact;
        private Attempt _attempt;

        public void Add(DbDataReader r)
        {
            var code = r.GetInt32(0);
            var (key, kind, status) = (code / KeyFactor, (TaskKind)(code % KeyFactor / KindFactor), (TaskState)(code % NoArtifact));
            if (code < 0 || !Enum.IsDefined(kind) || !Enum.IsDefined(status))
            {
                throw new InvalidOperationException("A task has a kind or status the API does not know.");
            }

            // A task of a job and workspace no key asked for: the keys span workspaces and only its job matched.
            if (key >= keys.Count)
            {
                return;
            }

            if (key != _key)
            {
                FinishJob();
            }

            if (kind != _kind)
            {
                CountCurrent();
            }

            _key = key;
            _kind = kind;
            _job.AddAttempt(status);
            var target = r.GetString(1);
            var attempt = status == TaskState.Running ? new Attempt(status, r.Utc(2), r.GetString(3), r.GetString(4)) : new(status, default, null, null);
            if ((code & NoArtifact) != 0)
            {
                _latestWithoutArtifact[target] = attempt;
                return;
            }

            if (target != _artifact)
            {
                CountArtifact();
                _artifact = target;
            }

            _attempt = attempt;
        }

        /// <summary>The facts of every job read, by key, once the last row has been read.</summary>
        public Dictionary<(string JobId, string WorkspaceId), JobTaskFacts> Finish()
        {
            FinishJob();
            return _facts;
        }

        // Counts the current tasks of the job read last and keeps its facts.
        private void FinishJob()
        {
            if (_key < 0)
            {
                return;
            }

            CountCurrent();
            _facts[keys[_key]] = _job.Build();
            (_job, _key) = (new JobTaskFactsBuilder(), -1);
        }

        // Counts the current tasks of the kind read last.
        private void CountCurrent()
        {
            CountArtifact();
            foreach (var current in _latestWithoutArtifact.Values)
            {
                Count(current);
            }

            _latestWithoutArtifact.Clear();
        }

        private void CountArtifact()
        {
            if (_artifact is not null)
            {
                Count(_attempt);
                _artifact = null;
            }
        }

        private void Count(Attempt current) => _job.AddCurrent(current.Status, current.StartedAt, current.Id, current.Name);
    }
}
