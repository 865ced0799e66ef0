using GraphQL.Types;

namespace JobGraph.Server.Auth;

public sealed class RoleEnum : EnumerationGraphType<UserRole>
{
    public RoleEnum()
    {
        Name = "Role";
        Description = "Documented as `Role!` with the example value \"user\".";
    }

    protected override string ChangeEnumCase(string val) => val.ToLowerInvariant();
}
