namespace JobGraph.Server.Http;

/// <summary>Which browser origins may call the endpoint (a hosted IDE, a browser app). None by default.</summary>
public sealed class CrossOriginOptions
{
    public const string Section = "Cors";

    /// <summary>Exact origins such as <c>https://app.example.com</c>; an empty list allows no other origin.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>How long a browser may cache a preflight answer.</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}
