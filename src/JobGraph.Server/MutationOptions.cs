namespace JobGraph.Server;

/// <summary>Limits of the write path.</summary>
public sealed class MutationOptions
{
    public const string Section = "Mutations";

    /// <summary>Most inputs one createJobWorks or createJobWorkArtifacts call accepts; bigger batches are split by the caller.</summary>
    public int MaxInputsPerCall { get; set; } = 500;
}
