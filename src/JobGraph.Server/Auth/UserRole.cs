namespace JobGraph.Server.Auth;

/// <summary>A user's role; GraphQL <c>Role</c> (values lowercase).</summary>
public enum UserRole
{
    User,
    Admin,
}
