namespace JobGraph.Server.Health;

public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>A started worker that has not reported for this long makes the server unready.</summary>
    public TimeSpan WorkerSilentAfter { get; set; } = TimeSpan.FromMinutes(1);
}
