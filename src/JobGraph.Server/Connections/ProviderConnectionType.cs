using GraphQL;
using GraphQL.Types;
using JobGraph.Server.Jobs;
using JobGraph.Server.Lists;
using JobGraph.Server.Schema;
using JobGraph.Server.Works;

namespace JobGraph.Server.Connections;

public sealed class ProviderConnectionType : ObjectGraphType<ProviderConnection>
{
    public ProviderConnectionType()
    {
        Name = "ProviderConnection";
        Description = "An integration between a workspace and a provider (a partner platform, practice management, document storage or tax software).";
        Field(c => c.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The connection's ID, e.g. connection_789.");
        Field(c => c.WorkspaceId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The workspace the connection belongs to.");
        Field(c => c.ProviderKey).Description("Provider / partner key, e.g. canopy, taxdome, karbon, google_drive, sharepoint.");
        Field(c => c.Status).Description("Documented values: active, pending, failed, disconnected.");
        Field(c => c.Action, nullable: true).Description("Next action required; typically collect right after startProviderConnection.");
        Field(c => c.DisplayName, nullable: true).Description("The name shown for the connection; null when not set.");
        Field<JsonScalar>("settings")
            .Description("Configuration stored for the connection.")
            .Resolve(ctx => JsonText.Parse(ctx.Source.SettingsJson));
        Field(c => c.CreatedAt).Description("When the connection was created.");
        Field(c => c.UpdatedAt).Description("When the connection last changed.");
        Field<NonNullGraphType<ProviderType>>("provider")
            .Description("The integration provider this connection uses.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<ProviderByKeyLoader>().Load(ctx.Source.ProviderKey));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JobWorkType>>>>("jobWorks")
            .Description("Job works of every connection job of this connection; filter with JobWorkFilters. offset defaults to 0.")
            .Argument<JobWorkFiltersInputType>("filters", "Which job works; omit for all of the connection.")
            .WithWindowArguments(JobWorksByConnectionIdLoader.Sort)
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<JobWorksByConnectionIdLoader>()
                .Load(ctx.Source.Id, new(new(ctx.GetArgument<JobWorkFilters?>("filters") ?? JobWorkFilters.None, ctx.GetWindow()),
                    ctx.RequestServices!.GetRequiredService<JobWorkSelection>().Of(ctx))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConnectionJobType>>>>("connectionJobs")
            .Description("Connection jobs (import batches) of this connection.")
            .Argument<ConnectionJobFiltersInputType>("filters", "Which connection jobs; omit for all of the connection.")
            .WithWindowArguments(ConnectionJobsByConnectionIdLoader.Sort)
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<ConnectionJobsByConnectionIdLoader>()
                .Load(ctx.Source.Id, new(ctx.GetArgument<ConnectionJobFilters?>("filters") ?? ConnectionJobFilters.None, ctx.GetWindow())));
    }
}
