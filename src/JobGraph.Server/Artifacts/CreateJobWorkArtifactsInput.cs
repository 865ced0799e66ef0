namespace JobGraph.Server.Artifacts;

/// <summary>
/// One file to attach to a job work, named by the partner's external id. <c>Metadata</c> is the value as the JSON
/// scalar parsed it; only a JSON object is accepted.
/// </summary>
public sealed record CreateJobWorkArtifactsInput(string Name, string Type, string? Url, string ExternalId, object? Metadata);
