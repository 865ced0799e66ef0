namespace JobGraph.Server.Works;

/// <summary>One work to attach to a connection job: the partner's client, named by its external id.</summary>
public sealed record CreateJobWorksInput(string Name, string ExternalId);
