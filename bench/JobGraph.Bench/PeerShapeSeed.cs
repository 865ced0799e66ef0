using JobGraph.Server.Artifacts;
using JobGraph.Server.Auth;
using JobGraph.Server.Connections;
using JobGraph.Server.Data;
using JobGraph.Server.Jobs;
using JobGraph.Server.Works;
using JobGraph.Server.Workspaces;

namespace JobGraph.Bench;

/// <summary>
/// Writes the peer's data shape (shared/tools/peer/README.md, "Data") through JobGraph's own model: the queried job
/// job_123456 has N job works of K artifacts each (job_work_456 first, with the two documented artifacts), a second
/// job on the same connection, more connections for the filters, a second tenant; plus 20 jobs on connection_793
/// for the job-status poll. Artifact statuses come from fetch tasks, as in JobGraph: about 60 % completed (with a
/// stored file), 20 % pending, 12 % failed (error code and message), 8 % cancelled (metadata null).
/// </summary>
public sealed class PeerShapeSeed(JobGraphDbContext db, int jobWorks, int artifactsPerWork)
{
    public const string DemoToken = "demo-token";
    public const string OtherToken = "other-token";

    // The file every completed fetch stored: the benchmark only reads its hash, size and type.
    private const string FileSha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static readonly DateTime _start = new(2024, 1, 15, 10, 35, 0, DateTimeKind.Utc);
    private int _taskSequence;

    public async Task WriteAsync(CancellationToken cancellationToken)
    {
        db.Providers.AddRange(
            new Provider { Key = "canopy", Name = "Canopy", Category = "practice_management" },
            new Provider { Key = "taxdome", Name = "TaxDome", Category = "practice_management" },
            new Provider { Key = "karbon", Name = "Karbon", Category = "practice_management" });

        AddUser("user_1", DemoToken);
        AddUser("user_2", OtherToken);
        AddWorkspace("workspace_123456", "smith-associates-tax-firm", "Smith & Associates Tax Firm", "user_1");
        AddWorkspace("workspace_123457", "jones-cpa-group", "Jones CPA Group", "user_1");
        AddWorkspace("workspace_654321", "other-tenant-firm", "Other Tenant Firm", "user_2");
        AddConnection("connection_789", "workspace_123456", "canopy", "active", 0);
        AddConnection("connection_788", "workspace_123456", "taxdome", "pending", 1);
        AddConnection("connection_790", "workspace_123456", "karbon", "failed", 2);
        AddConnection("connection_793", "workspace_123456", "canopy", "active", 3);
        AddConnection("connection_791", "workspace_123457", "canopy", "active", 0);
        AddConnection("connection_792", "workspace_123457", "taxdome", "active", 1);
        AddConnection("connection_987", "workspace_654321", "canopy", "active", 0);

        AddJob("job_123456", "2024 Tax Season Import", "workspace_123456", "connection_789", jobWorks, artifactsPerWork, documented: true);
        AddJob("job_123457", "Q1 Client Batch", "workspace_123456", "connection_789", jobWorks, artifactsPerWork, documented: false);
        AddJob("job_123458", "TaxDome Batch", "workspace_123456", "connection_788", 3, 1, documented: false);
        AddJob("job_654321", "Other Tenant Import", "workspace_654321", "connection_987", jobWorks, artifactsPerWork, documented: false);
        for (var i = 1; i <= 20; i++)
        {
            AddPollJob(i);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private void AddUser(string id, string token)
    {
        db.Users.Add(new User { Id = id, Email = id + "@bench.local", Name = id, Role = UserRole.User, CreatedAt = _start });
        db.ApiTokens.Add(new ApiToken { Id = "token_" + id, UserId = id, TokenHash = TokenHasher.Hash(token), Name = "bench", CreatedAt = _start });
    }

    private void AddWorkspace(string id, string slug, string name, string userId)
    {
        db.Workspaces.Add(new Workspace
        {
            Id = id,
            Slug = slug,
            DisplayName = name,
            Status = "active",
            Kind = WorkspaceKind.Partner,
            CreatedAt = _start,
            UpdatedAt = _start,
        });
        db.WorkspaceMemberships.Add(new WorkspaceMembership { WorkspaceId = id, UserId = userId, CreatedAt = _start });
    }

    private void AddConnection(string id, string workspaceId, string provider, string status, int order)
        => db.Connections.Add(new ProviderConnection
        {
            Id = id,
            WorkspaceId = workspaceId,
            ProviderKey = provider,
            Status = status,
            DisplayName = provider,
            CreatedAt = _start.AddMinutes(order),
            UpdatedAt = _start.AddMinutes(order),
        });

    private void AddJob(string id, string name, string workspaceId, string connectionId, int works, int artifacts, bool documented)
    {
        var job = new ConnectionJob
        {
            Id = id,
            WorkspaceId = workspaceId,
            ConnectionId = connectionId,
            Name = name,
            CreatedAt = _start,
            UpdatedAt = _start,
            ImportInitiatedAt = _start,
        };
        db.ConnectionJobs.Add(job);
        for (var w = 0; w < works; w++)
        {
            var first = documented && w == 0;
            var suffix = first ? null : $"{id}_{w:D6}";
            var jobWork = AddJobWork(job, first ? "job_work_456" : "job_work_" + suffix, first ? "work_789" : "work_" + suffix,
                first ? "John Smith - 2024 Tax Return" : $"Client {w:D6} - 2024 Tax Return", first ? "client-12345" : "client-" + suffix,
                _start.AddSeconds(w));
            if (first)
            {
                AddArtifact(jobWork, "job_artifact_001", "artifact_001", "file-w2-001", "W-2 Form 2024", "w2",
                    """{"fileSize":245678,"mimeType":"application/pdf","pages":2}""", TaskState.Complete);
                AddArtifact(jobWork, "job_artifact_002", "artifact_002", "file-1099-001", "1099-INT Statement", "1099",
                    """{"fileSize":189234,"mimeType":"application/pdf"}""", TaskState.Pending);
                AddImport(jobWork, TaskState.Queued);
                continue;
            }

            for (var a = 0; a < artifacts; a++)
            {
                // 60 % completed, 20 % pending, 12 % failed, 8 % cancelled, spread over the job.
                var bucket = (w * artifacts + a) * 37 % 100;
                var state = bucket < 60 ? TaskState.Complete : bucket < 80 ? TaskState.Pending : bucket < 92 ? TaskState.Failed : TaskState.Cancelled;
                AddArtifact(jobWork, $"job_artifact_{suffix}_{a}", $"artifact_{suffix}_{a}", $"file-{suffix}-{a}", $"Document {a + 1} of {suffix}",
                    a % 2 == 0 ? "w2" : "1099",
                    state == TaskState.Cancelled ? null : $$"""{"fileSize":{{1000 + a}},"mimeType":"application/pdf","pages":{{a + 1}}}""", state);
            }

            AddImport(jobWork, TaskState.Queued);
        }
    }

    // A job of the status poll: 10 job works of 2 artifacts, its tasks in a state that depends on the job's number,
    // so the poll sees pending, active, completed, failed and cancelled jobs.
    private void AddPollJob(int number)
    {
        var id = $"job_poll_{number:D2}";
        var job = new ConnectionJob
        {
            Id = id,
            WorkspaceId = "workspace_123456",
            ConnectionId = "connection_793",
            Name = $"Poll batch {number}",
            CreatedAt = _start.AddMinutes(number),
            UpdatedAt = _start.AddMinutes(number),
            ImportInitiatedAt = number % 5 == 0 ? null : _start.AddMinutes(number),
            CancelledAt = number == 7 ? _start.AddMinutes(number + 1) : null,
        };
        db.ConnectionJobs.Add(job);
        for (var w = 0; w < 10; w++)
        {
            var suffix = $"{id}_{w:D2}";
            var jobWork = AddJobWork(job, "job_work_" + suffix, "work_" + suffix, "Poll client " + suffix, "client-" + suffix, job.CreatedAt.AddSeconds(w));
            for (var a = 0; a < 2; a++)
            {
                var state = (number % 4, (w + a) % 3) switch
                {
                    (0, _) => TaskState.Complete,
                    (1, 0) => TaskState.Running,
                    (1, _) => TaskState.Complete,
                    (2, 0) => TaskState.Failed,
                    (2, _) => TaskState.Complete,
                    _ => TaskState.Queued,
                };
                AddArtifact(jobWork, $"job_artifact_{suffix}_{a}", $"artifact_{suffix}_{a}", $"file-{suffix}-{a}", "Poll file", "w2", null, state);
            }

            AddImport(jobWork, number % 4 == 0 ? TaskState.Complete : TaskState.Queued);
        }
    }

    private JobWork AddJobWork(ConnectionJob job, string id, string workId, string name, string externalId, DateTime at)
    {
        db.Works.Add(new Work
        {
            Id = workId,
            WorkspaceId = job.WorkspaceId,
            ConnectionId = job.ConnectionId,
            Name = name,
            ExternalId = externalId,
            CreatedAt = at,
            UpdatedAt = at,
        });
        var jobWork = new JobWork
        {
            Id = id,
            WorkspaceId = job.WorkspaceId,
            ConnectionId = job.ConnectionId,
            ConnectionJobId = job.Id,
            WorkId = workId,
            CreatedAt = at,
            UpdatedAt = at,
        };
        db.JobWorks.Add(jobWork);
        return jobWork;
    }

    private void AddArtifact(
        JobWork jobWork, string jobArtifactId, string artifactId, string externalId, string name, string type, string? metadataJson, TaskState fetch)
    {
        var at = jobWork.CreatedAt;
        db.WorkArtifacts.Add(new WorkArtifact
        {
            Id = artifactId,
            WorkspaceId = jobWork.WorkspaceId,
            ConnectionId = jobWork.ConnectionId,
            WorkId = jobWork.WorkId,
            ExternalId = externalId,
            Name = name,
            Type = type,
            SourceUrl = $"https://storage.example.com/{artifactId}.pdf",
            MetadataJson = metadataJson,
            CreatedAt = at,
            UpdatedAt = at,
        });
        db.JobArtifacts.Add(new JobArtifact
        {
            Id = jobArtifactId,
            WorkspaceId = jobWork.WorkspaceId,
            ConnectionJobId = jobWork.ConnectionJobId,
            JobWorkId = jobWork.Id,
            WorkArtifactId = artifactId,
            CreatedAt = at,
            UpdatedAt = at,
        });
        var task = AddTask(jobWork, TaskKind.FetchArtifact, "Fetch " + name, fetch, artifactId);
        if (fetch == TaskState.Complete)
        {
            task.FileSha256 = FileSha256;
            task.FileSize = 245678;
            task.FileMimeType = "application/pdf";
        }
        else if (fetch == TaskState.Failed)
        {
            task.ErrorCode = "HTTP_404";
            task.Error = "Download failed: the source answered 404 Not Found.";
        }
    }

    private void AddImport(JobWork jobWork, TaskState state) => AddTask(jobWork, TaskKind.ImportWork, "Import " + jobWork.WorkId, state, null);

    private JobTask AddTask(JobWork jobWork, TaskKind kind, string name, TaskState state, string? artifactId)
    {
        var at = jobWork.CreatedAt.AddMilliseconds(++_taskSequence % 1000);
        var task = new JobTask
        {
            Id = $"task_{_taskSequence:D7}",
            WorkspaceId = jobWork.WorkspaceId,
            ConnectionJobId = jobWork.ConnectionJobId,
            Kind = kind,
            Name = name,
            JobWorkId = jobWork.Id,
            WorkId = jobWork.WorkId,
            WorkArtifactId = artifactId,
            Status = state,
            Attempts = state is TaskState.Pending or TaskState.Queued ? 0 : 1,
            CreatedAt = at,
            UpdatedAt = at,
            StartedAt = state is TaskState.Pending or TaskState.Queued ? null : at,
            CompletedAt = state is TaskState.Complete or TaskState.Failed or TaskState.Cancelled ? at : null,
            // Unfinished tasks are held by an engine that never comes: even a server with its worker on leaves them be.
            EngineId = state is TaskState.Queued or TaskState.Running ? "bench" : null,
            LeaseExpiresAt = state is TaskState.Queued or TaskState.Running ? DemoData.LeaseHeldUntil : null,
        };
        db.Tasks.Add(task);
        return task;
    }
}
