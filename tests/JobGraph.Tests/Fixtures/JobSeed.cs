using JobGraph.Server.Artifacts;
using JobGraph.Server.Data;
using JobGraph.Server.Jobs;
using JobGraph.Server.Storage;
using JobGraph.Server.Works;

namespace JobGraph.Tests.Fixtures;

/// <summary>Builds one connection job of a tenant with its job works, artifacts and tasks, then adds them all at once.</summary>
public sealed class JobSeed
{
    private readonly Tenant _tenant;
    private readonly string _connectionId;
    private int _sequence;

    public JobSeed(Tenant tenant, string? connectionId = null, bool importInitiated = true, DateTime? createdAt = null)
    {
        _tenant = tenant;
        _connectionId = connectionId ?? tenant.ConnectionId;
        var at = createdAt ?? Tenant.Epoch;
        Job = new ConnectionJob
        {
            Id = TestIds.New("job"),
            WorkspaceId = tenant.WorkspaceId,
            ConnectionId = _connectionId,
            Name = "Import " + at.ToString("O"),
            CreatedAt = at,
            UpdatedAt = at,
            ImportInitiatedAt = importInitiated ? at : null,
        };
    }

    public ConnectionJob Job { get; }

    public Tenant Tenant => _tenant;

    public List<Work> Works { get; } = [];

    public List<JobWork> JobWorks { get; } = [];

    public List<WorkArtifact> Artifacts { get; } = [];

    public List<JobArtifact> JobArtifacts { get; } = [];

    public List<JobTask> Tasks { get; } = [];

    /// <summary>A new work in this job; <paramref name="work"/> reuses an existing work instead.</summary>
    public JobWork AddJobWork(Work? work = null, DateTime? createdAt = null)
    {
        var at = createdAt ?? Next();
        if (work is null)
        {
            work = new Work
            {
                Id = TestIds.New("work"),
                WorkspaceId = _tenant.WorkspaceId,
                ConnectionId = _connectionId,
                Name = "Client " + _sequence,
                ExternalId = TestIds.New("client"),
                CreatedAt = at,
                UpdatedAt = at,
            };
            Works.Add(work);
        }

        var jobWork = new JobWork
        {
            Id = TestIds.New("jobwork"),
            WorkspaceId = _tenant.WorkspaceId,
            ConnectionId = _connectionId,
            ConnectionJobId = Job.Id,
            WorkId = work.Id,
            CreatedAt = at,
            UpdatedAt = at,
        };
        JobWorks.Add(jobWork);
        return jobWork;
    }

    /// <summary>
    /// An artifact of <paramref name="jobWork"/>; with <paramref name="fetch"/>, also its fetch task in that state, and
    /// when that task is complete and <paramref name="file"/> is given, the file it stored.
    /// </summary>
    public WorkArtifact AddArtifact(
        JobWork jobWork, TaskState? fetch = null, string? metadataJson = null, StoredBlob? file = null, string mimeType = "application/pdf")
    {
        var at = Next();
        var artifact = new WorkArtifact
        {
            Id = TestIds.New("artifact"),
            WorkspaceId = _tenant.WorkspaceId,
            ConnectionId = _connectionId,
            WorkId = jobWork.WorkId,
            ExternalId = TestIds.New("file"),
            Name = "File " + _sequence,
            Type = "w2",
            MetadataJson = metadataJson,
            CreatedAt = at,
            UpdatedAt = at,
        };
        Artifacts.Add(artifact);
        JobArtifacts.Add(new JobArtifact
        {
            Id = TestIds.New("jobartifact"),
            WorkspaceId = _tenant.WorkspaceId,
            ConnectionJobId = Job.Id,
            JobWorkId = jobWork.Id,
            WorkArtifactId = artifact.Id,
            CreatedAt = at,
            UpdatedAt = at,
        });
        if (fetch is { } state)
        {
            var task = AddTask(TaskKind.FetchArtifact, state, jobWork, artifact);
            if (state == TaskState.Complete && file is not null)
            {
                task.FileSha256 = file.Sha256;
                task.FileSize = file.Size;
                task.FileMimeType = mimeType;
            }
        }

        return artifact;
    }

    /// <summary>A task of this job; running and terminal tasks get start (and end) times in creation order.</summary>
    public JobTask AddTask(TaskKind kind, TaskState state, JobWork? jobWork = null, WorkArtifact? artifact = null, string? error = null)
    {
        var at = Next();
        var task = new JobTask
        {
            Id = TestIds.New("task"),
            WorkspaceId = Job.WorkspaceId,
            ConnectionJobId = Job.Id,
            Kind = kind,
            Name = $"{kind} {_sequence}",
            JobWorkId = jobWork?.Id,
            WorkId = jobWork?.WorkId,
            WorkArtifactId = artifact?.Id,
            Status = state,
            Attempts = state == TaskState.Pending ? 0 : 1,
            Error = error,
            CreatedAt = at,
            UpdatedAt = at,
            StartedAt = state is TaskState.Pending or TaskState.Queued ? null : at,
            CompletedAt = state is TaskState.Complete or TaskState.Failed or TaskState.Cancelled ? at : null,
        };
        Tasks.Add(task);
        return task;
    }

    public void AddTo(JobGraphDbContext db)
    {
        db.ConnectionJobs.Add(Job);
        db.Works.AddRange(Works);
        db.JobWorks.AddRange(JobWorks);
        db.WorkArtifacts.AddRange(Artifacts);
        db.JobArtifacts.AddRange(JobArtifacts);
        db.Tasks.AddRange(Tasks);
    }

    private DateTime Next() => Job.CreatedAt.AddSeconds(++_sequence);
}
