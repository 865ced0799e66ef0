namespace JobGraph.Server.Data;

/// <summary>Whether DemoData:Token authenticates against this database, as the initializer found at start.</summary>
public sealed class DemoTokenState
{
    public bool Works { get; set; }
}
