namespace JobGraph.Server.Jobs;

/// <summary>A connection job's computed status, outcome and progress (<see cref="StatusRules.Summarize(ConnectionJob, JobTaskFacts)"/>).</summary>
public sealed record JobSummary(string Status, JobOutcome? Outcome, JobProgress Progress);
