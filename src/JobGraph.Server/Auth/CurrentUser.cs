using System.Security.Claims;
using GraphQL;

namespace JobGraph.Server.Auth;

/// <summary>The caller of a resolver, as the bearer token identified them.</summary>
public static class CurrentUser
{
    /// <summary>The caller's user id; an <c>UNAUTHENTICATED</c> error when the request carried no valid token.</summary>
    public static string RequireId(this IResolveFieldContext context)
        => context.User?.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new ExecutionError("Authentication required: send 'Authorization: Bearer <token>' with a valid token.")
            {
                Code = ErrorCodes.Unauthenticated,
            };
}
