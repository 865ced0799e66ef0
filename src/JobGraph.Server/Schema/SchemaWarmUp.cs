namespace JobGraph.Server.Schema;

public static class SchemaWarmUp
{
    /// <summary>
    /// Builds the schema on the thread pool while the main thread does the start-up database work (the EF model
    /// dominates it), instead of inside the first request after it. A failure is left to that request to report.
    /// </summary>
    public static WebApplication InitializeSchemaInBackground(this WebApplication app)
    {
        _ = Task.Run(() => app.Services.GetRequiredService<JobGraphSchema>().Initialize());
        return app;
    }
}
