namespace JobGraph.Server.Connections;

/// <summary>A platform a connection integrates with, keyed by its provider key (e.g. canopy).</summary>
public sealed class Provider
{
    public required string Key { get; init; }
    public string? Name { get; set; }
    public required string Category { get; set; }
}
