namespace JobGraph.Server.Jobs;

/// <summary>Progress of a connection job, counted in tasks (seed 001).</summary>
public sealed record JobProgress(int CompletedSteps, int TotalSteps, string? CurrentStep);
