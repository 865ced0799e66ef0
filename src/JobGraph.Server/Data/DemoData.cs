using JobGraph.Server.Artifacts;
using JobGraph.Server.Auth;
using JobGraph.Server.Connections;
using JobGraph.Server.Jobs;
using JobGraph.Server.Works;
using JobGraph.Server.Workspaces;

namespace JobGraph.Server.Data;

/// <summary>
/// The documented example values (filed-api.md §10), so the documented queries work verbatim against a fresh
/// server: workspace_123456 / connection_789 / job_123456, job works job_work_456 and job_work_789.
/// </summary>
public static class DemoData
{
    public const string UserId = "user_789";
    public const string WorkspaceId = "workspace_123456";
    public const string ConnectionId = "connection_789";
    public const string JobId = "job_123456";
    public const string TokenId = "token_demo";

    /// <summary>
    /// The engine that holds the demo job's unfinished tasks, until <see cref="LeaseHeldUntil"/>: no worker ever claims
    /// them, so the demo stays as documented (a running and a queued task) on a server whose worker is on.
    /// </summary>
    public const string EngineId = "demo";

    public static readonly DateTime LeaseHeldUntil = new(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    public static void AddTo(JobGraphDbContext db, string token, DateTime now)
    {
        db.Providers.AddRange(
            new Provider { Key = "canopy", Name = "Canopy", Category = "practice_management" },
            new Provider { Key = "taxdome", Name = "TaxDome", Category = "practice_management" },
            new Provider { Key = "google_drive", Name = "Google Drive", Category = "document_management" },
            new Provider { Key = "drake", Name = "Drake Tax", Category = "tax_software" });

        db.Users.Add(new User { Id = UserId, Email = "demo@jobgraph.dev", Name = "Demo Partner", Role = UserRole.User, CreatedAt = At(9, 0) });
        db.ApiTokens.Add(new ApiToken { Id = TokenId, UserId = UserId, TokenHash = TokenHasher.Hash(token), Name = "Demo token", CreatedAt = now });
        db.Workspaces.Add(new Workspace
        {
            Id = WorkspaceId,
            Slug = "smith-associates-tax-firm",
            DisplayName = "Smith & Associates Tax Firm",
            Status = "active",
            Kind = WorkspaceKind.Partner,
            CreatedAt = At(10, 0),
            UpdatedAt = At(10, 0),
        });
        db.WorkspaceMemberships.Add(new WorkspaceMembership { WorkspaceId = WorkspaceId, UserId = UserId, CreatedAt = At(10, 0) });
        db.Connections.AddRange(
            new ProviderConnection
            {
                Id = ConnectionId,
                WorkspaceId = WorkspaceId,
                ProviderKey = "canopy",
                Status = "active",
                DisplayName = "Canopy",
                SettingsJson = """{"syncClients":true}""",
                CreatedAt = At(10, 5),
                UpdatedAt = At(10, 6),
            },
            new ProviderConnection
            {
                Id = "connection_790",
                WorkspaceId = WorkspaceId,
                ProviderKey = "google_drive",
                Status = "pending",
                Action = "collect",
                DisplayName = "Google Drive",
                CreatedAt = At(10, 7),
                UpdatedAt = At(10, 7),
            });

        db.ConnectionJobs.AddRange(
            new ConnectionJob
            {
                Id = JobId,
                WorkspaceId = WorkspaceId,
                ConnectionId = ConnectionId,
                Name = "2024 Tax Season Import",
                CreatedAt = At(10, 30),
                UpdatedAt = At(10, 45),
                ImportInitiatedAt = At(10, 45),
            },
            new ConnectionJob
            {
                Id = "job_123457",
                WorkspaceId = WorkspaceId,
                ConnectionId = ConnectionId,
                Name = "2025 Estimates Import",
                CreatedAt = At(11, 0),
                UpdatedAt = At(11, 0),
            });

        AddWork(db, "work_789", "John Smith - 2024 Tax Return", "client-12345", "job_work_456");
        AddWork(db, "work_790", "Jane Doe - 2024 Tax Return", "client-67890", "job_work_789");

        AddArtifact(db, "artifact_001", "job_artifact_001", "work_789", "job_work_456", "file-w2-001", "W-2 Form 2024", "w2",
            """{"fileSize":245678,"mimeType":"application/pdf","pages":2}""", At(10, 40), At(10, 42));
        AddArtifact(db, "artifact_002", "job_artifact_002", "work_789", "job_work_456", "file-1099-001", "1099-INT Statement", "1099",
            """{"fileSize":189234,"mimeType":"application/pdf"}""", At(10, 40, 5), At(10, 40, 5));
        AddArtifact(db, "artifact_003", "job_artifact_003", "work_790", "job_work_789", "file-w2-002", "W-2 Form 2024", "w2",
            """{"mimeType":"application/pdf"}""", At(10, 41), At(10, 41));

        db.Tasks.AddRange(
            DemoTask("task_001", TaskKind.FetchArtifact, "work_789", "job_work_456", "artifact_001", "Fetch W-2 Form 2024",
                TaskState.Complete, At(10, 41), At(10, 42)),
            DemoTask("task_002", TaskKind.FetchArtifact, "work_789", "job_work_456", "artifact_002", "Fetch 1099-INT Statement",
                TaskState.Running, At(10, 46), null),
            DemoTask("task_003", TaskKind.FetchArtifact, "work_790", "job_work_789", "artifact_003", "Fetch W-2 Form 2024",
                TaskState.Failed, At(10, 46), At(10, 48), "Download failed: the source answered 404 Not Found."),
            DemoTask("task_004", TaskKind.ImportWork, "work_789", "job_work_456", null, "Import John Smith - 2024 Tax Return",
                TaskState.Queued, null, null),
            DemoTask("task_005", TaskKind.ImportWork, "work_790", "job_work_789", null, "Import Jane Doe - 2024 Tax Return",
                TaskState.Failed, At(10, 49), At(10, 49), "Import failed: no file of the work could be fetched."));
    }

    private static DateTime At(int hour, int minute, int second = 0) => new(2024, 1, 15, hour, minute, second, DateTimeKind.Utc);

    private static void AddWork(JobGraphDbContext db, string workId, string name, string externalId, string jobWorkId)
    {
        db.Works.Add(new Work
        {
            Id = workId,
            WorkspaceId = WorkspaceId,
            ConnectionId = ConnectionId,
            Name = name,
            ExternalId = externalId,
            Tag = "2024",
            CreatedAt = At(10, 35),
            UpdatedAt = At(10, 35),
        });
        db.JobWorks.Add(new JobWork
        {
            Id = jobWorkId,
            WorkspaceId = WorkspaceId,
            ConnectionId = ConnectionId,
            ConnectionJobId = JobId,
            WorkId = workId,
            CreatedAt = At(10, 35),
            UpdatedAt = At(10, 35),
        });
    }

    private static void AddArtifact(
        JobGraphDbContext db, string artifactId, string jobArtifactId, string workId, string jobWorkId,
        string externalId, string name, string type, string metadata, DateTime createdAt, DateTime updatedAt)
    {
        db.WorkArtifacts.Add(new WorkArtifact
        {
            Id = artifactId,
            WorkspaceId = WorkspaceId,
            ConnectionId = ConnectionId,
            WorkId = workId,
            ExternalId = externalId,
            Name = name,
            Type = type,
            SourceUrl = $"https://api.example.com/files/{externalId}.pdf",
            MetadataJson = metadata,
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
        });
        db.JobArtifacts.Add(new JobArtifact
        {
            Id = jobArtifactId,
            WorkspaceId = WorkspaceId,
            ConnectionJobId = JobId,
            JobWorkId = jobWorkId,
            WorkArtifactId = artifactId,
            CreatedAt = createdAt,
            UpdatedAt = updatedAt,
        });
    }

    private static JobTask DemoTask(
        string id, TaskKind kind, string workId, string jobWorkId, string? artifactId, string name, TaskState status,
        DateTime? startedAt, DateTime? completedAt, string? error = null) => new()
        {
            Id = id,
            WorkspaceId = WorkspaceId,
            ConnectionJobId = JobId,
            Kind = kind,
            Name = name,
            JobWorkId = jobWorkId,
            WorkId = workId,
            WorkArtifactId = artifactId,
            Status = status,
            EngineId = DemoData.EngineId,
            LeaseExpiresAt = StatusRules.IsTerminal(status) ? null : LeaseHeldUntil,
            Attempts = startedAt is null ? 0 : error is null ? 1 : 3,
            Error = error,
            CreatedAt = At(10, 45),
            UpdatedAt = completedAt ?? startedAt ?? At(10, 45),
            StartedAt = startedAt,
            CompletedAt = completedAt,
        };
}
