using JobGraph.Server;
using JobGraph.Server.Artifacts;
using JobGraph.Server.Auth;
using JobGraph.Server.Cli;
using JobGraph.Server.Connections;
using JobGraph.Server.Data;
using JobGraph.Server.Downloads;
using JobGraph.Server.Health;
using JobGraph.Server.Http;
using JobGraph.Server.Ide;
using JobGraph.Server.Jobs;
using JobGraph.Server.Limits;
using JobGraph.Server.Processing;
using JobGraph.Server.RateLimiting;
using JobGraph.Server.Schema;
using JobGraph.Server.Storage;
using JobGraph.Server.Telemetry;
using JobGraph.Server.Works;
using JobGraph.Server.Workspaces;

if (CommandLine.IsVerb(args))
{
    return await CommandLine.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
}

var builder = WebApplication.CreateBuilder(AppFolder.Options(args));

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddJobGraphData();
builder.Services.AddDemoData();
builder.Services.AddBlobStorage();
builder.Services.AddDownloads();
builder.Services.AddJobGraphAuth();
builder.Services.AddWorkspaces().AddProviderConnections().AddJobs().AddWorks().AddArtifacts();
builder.Services.AddJobGraphSchema();
builder.Services.AddJobGraphTelemetry(builder.Configuration);
builder.Services.AddJobGraphHealth();
builder.Services.AddGraphQLHttp();
builder.Services.AddJobGraphRateLimiting();
builder.Services.AddProcessing();
builder.Services.AddGraphQLLimits();
builder.Services.AddPersistedOperations();
builder.Services.AddGraphQLCors();
builder.Services.AddGraphQLIde();
builder.Services.AddHostedService<StartupBanner>();

var app = builder.Build();

app.UseCors();
app.UseGraphQLIde();
app.UseGraphQLRequestLog();
app.UseAuthentication();
app.UseJobGraphRateLimiting();
app.MapGraphQLEndpoint();
app.MapArtifactDownloads();
app.MapJobGraphHealth();

app.InitializeSchemaInBackground();
return await app.RunOrExplainAsync();

/// <summary>The entry point; public so the test host can start it.</summary>
public partial class Program;
