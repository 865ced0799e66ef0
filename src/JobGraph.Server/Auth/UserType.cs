using GraphQL;
using GraphQL.Types;
using JobGraph.Server.Workspaces;

namespace JobGraph.Server.Auth;

public sealed class UserType : ObjectGraphType<User>
{
    public UserType()
    {
        Name = "User";
        Description = "A JobGraph user: the caller identified by the bearer token.";
        Field(u => u.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The user's ID.");
        Field(u => u.Email).Description("The user's email address.");
        Field(u => u.Name, nullable: true).Description("May be null if not set.");
        Field(u => u.Role, type: typeof(NonNullGraphType<RoleEnum>)).Description("Role in the workspace, e.g. user.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkspaceType>>>>("workspaces")
            .Description("Workspaces the caller belongs to. An id the caller cannot reach is left out, never an error.")
            .Argument<WorkspaceFiltersInputType>("filters", "Which workspaces; omit for all the caller belongs to.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<WorkspacesByUserIdLoader>()
                .Load(ctx.Source.Id, ctx.GetArgument<WorkspaceFilters?>("filters") ?? WorkspaceFilters.None));
    }
}
