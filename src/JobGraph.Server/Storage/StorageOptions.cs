namespace JobGraph.Server.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder of the content-addressed file store; relative paths are anchored at the content root.</summary>
    public string Path { get; set; } = "data/files";
}
