namespace JobGraph.Server.Jobs;

public enum TaskKind
{
    /// <summary>Download one artifact from its URL and store it.</summary>
    FetchArtifact,
    /// <summary>Import one work into the platform once its artifacts are fetched.</summary>
    ImportWork,
}
