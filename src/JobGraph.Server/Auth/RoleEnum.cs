using GraphQL.Types;

namespace JobGraph.Server.Auth;

public sealed class RoleEnum : EnumerationGraphType<UserRole>
{
    public RoleEnum()
    {
        Name = "Role";
        Description = "Documented as `Role!` with the example value \"user\".";
        Values.FindByName("user")!.Description = "A member of the workspace.";
        Values.FindByName("admin")!.Description = "A member who administers the workspace.";
    }

    protected override string ChangeEnumCase(string val) => val.ToLowerInvariant();
}
