using System.Globalization;
using JobGraph.Server.Jobs;
using JobGraph.Server.Works;

namespace JobGraph.Tests.Jobs;

/// <summary>
/// Builds the inputs of <see cref="StatusRules"/> from compact decision-table cells, so each theory row reads like the table.
/// </summary>
public static class TaskRows
{
    private static readonly DateTime _epoch = new(2025, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// <c>"none"</c> or comma-separated tasks <c>[fetch:|import:]state[@minute][#target]</c>, e.g. <c>"import:complete,fetch:running@5"</c>.
    /// The n-th task is named <c>step n</c> and created at minute n; <c>@minute</c> moves its start (running and terminal tasks
    /// otherwise start when created). The kind defaults to fetch. Each task is for an artifact (fetch) or job work (import)
    /// of its own, unless <c>#target</c> names one: tasks with the same target are attempts at the same thing.
    /// </summary>
    public static List<JobTask> Parse(string row)
    {
        if (row == "none")
        {
            return [];
        }

        return [.. row.Split(',').Select((cell, index) => ParseTask(cell.Trim(), index + 1))];
    }

    /// <summary>A job from <c>"not initiated"</c>, <c>"initiated"</c>, and optionally <c>", cancelled"</c> or <c>", aborted"</c>.</summary>
    public static ConnectionJob Job(string row)
    {
        var facts = row.Split(',').Select(f => f.Trim()).ToList();
        if (facts.Except(["not initiated", "initiated", "cancelled", "aborted"]).FirstOrDefault() is { } unknown)
        {
            throw new ArgumentException($"Unknown job fact '{unknown}' in '{row}'.", nameof(row));
        }

        return new ConnectionJob
        {
            Id = "job",
            WorkspaceId = "workspace",
            ConnectionId = "connection",
            Name = "job",
            CreatedAt = _epoch,
            UpdatedAt = _epoch,
            ImportInitiatedAt = facts.Contains("initiated") ? _epoch : null,
            CancelledAt = facts.Contains("cancelled") ? _epoch : null,
            AbortedAt = facts.Contains("aborted") ? _epoch : null,
        };
    }

    /// <summary>A work from <c>"live"</c> or <c>"deleted"</c>.</summary>
    public static Work Work(string row) => new()
    {
        Id = "work",
        WorkspaceId = "workspace",
        ConnectionId = "connection",
        Name = "work",
        ExternalId = "client",
        CreatedAt = _epoch,
        UpdatedAt = _epoch,
        DeletedAt = row switch
        {
            "live" => null,
            "deleted" => _epoch,
            _ => throw new ArgumentException($"Unknown work fact '{row}'.", nameof(row)),
        },
    };

    private static JobTask ParseTask(string cell, int position)
    {
        var (kind, rest) = cell.Split(':') switch
        {
            [var state] => (TaskKind.FetchArtifact, state),
            ["fetch", var state] => (TaskKind.FetchArtifact, state),
            ["import", var state] => (TaskKind.ImportWork, state),
            _ => throw new ArgumentException($"Unknown task '{cell}'.", nameof(cell)),
        };
        var (attempt, target) = rest.Split('#') switch
        {
            [var a] => (a, $"target{position}"),
            [var a, var t] => (a, t),
            _ => throw new ArgumentException($"Unknown task '{cell}'.", nameof(cell)),
        };
        var parts = attempt.Split('@');
        var status = Enum.Parse<TaskState>(parts[0], ignoreCase: true);
        var createdAt = _epoch.AddMinutes(position);
        var startedAt = parts.Length > 1 ? _epoch.AddMinutes(int.Parse(parts[1], CultureInfo.InvariantCulture)) : createdAt;
        return new JobTask
        {
            // Ids run against creation order, so a rule that picked "latest" by id instead of CreatedAt would fail.
            Id = $"task{99 - position:D2}",
            WorkspaceId = "workspace",
            ConnectionJobId = "job",
            Kind = kind,
            Name = $"step {position}",
            Status = status,
            WorkId = "work",
            JobWorkId = kind == TaskKind.ImportWork ? target : null,
            WorkArtifactId = kind == TaskKind.FetchArtifact ? target : null,
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
            StartedAt = status is TaskState.Pending or TaskState.Queued ? null : startedAt,
            CompletedAt = StatusRules.IsTerminal(status) ? startedAt : null,
        };
    }
}
