namespace JobGraph.Server.Ide;

public sealed class IdeOptions
{
    public const string Section = "Ide";

    /// <summary>Serve the Banana Cake Pop IDE to browsers that open the endpoint, and redirect <c>/</c> to it.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The IDE's files, relative to the app's folder; the build copies them there from npm.</summary>
    public string AssetsPath { get; set; } = "ide";
}
