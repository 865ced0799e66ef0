namespace JobGraph.Server.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>The EF Core connection string. The default is an SQLite file in the app's data folder.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/jobgraph.db";

    /// <summary>Apply pending migrations on start.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
