using GraphQL;
using GraphQL.Types;
using JobGraph.Server.Connections;
using JobGraph.Server.Lists;

namespace JobGraph.Server.Workspaces;

public sealed class WorkspaceType : ObjectGraphType<Workspace>
{
    public WorkspaceType()
    {
        Name = "Workspace";
        Description = "Each workspace is one tax firm (one partner customer).";
        Field(w => w.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The workspace's ID, e.g. workspace_123456.");
        Field(w => w.Slug).Description("URL-friendly identifier used in deep links.");
        Field(w => w.DisplayName).Description("The firm's name as shown to its users.");
        Field(w => w.Status).Description("e.g. active.");
        Field("workspaceType", w => w.Kind, type: typeof(NonNullGraphType<WorkspaceTypeEnum>))
            .Description("Set to partner for workspaces created with a partner account.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProviderConnectionType>>>>("connections")
            .Description("Provider connections (integrations) configured for the workspace.")
            .Argument<ConnectionFiltersInputType>("filters", "Which connections; omit for all of the workspace.")
            .WithWindowArguments(ConnectionsByWorkspaceIdLoader.Sort)
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<ConnectionsByWorkspaceIdLoader>()
                .Load(ctx.Source.Id, new(ctx.GetArgument<ConnectionFilters?>("filters") ?? ConnectionFilters.None, ctx.GetWindow())));
    }
}
