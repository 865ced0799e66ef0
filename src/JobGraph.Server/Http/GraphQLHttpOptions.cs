namespace JobGraph.Server.Http;

public sealed class GraphQLHttpOptions
{
    public const string Section = "GraphQLHttp";

    /// <summary>Largest accepted POST body, in bytes.</summary>
    public long MaxRequestBytes { get; set; } = 1024 * 1024;
}
