namespace JobGraph.Server.Data;

public sealed class DemoDataOptions
{
    public const string Section = "DemoData";

    /// <summary>Seed the documented example data into an empty database, so a newcomer sees real answers at once.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The demo user's bearer token. Public by design: it only reaches the demo workspace.</summary>
    public string Token { get; set; } = "jg_demo_2f6b8c1e9d4a47b3a5c0e7f1d2b9a864";
}
