using System.Security.Claims;
using GraphQL;

namespace JobGraph.Server.Auth;

public static class UserQueries
{
    public static void AddUserQueries(this QueryType query)
        => query.Field<UserType>("me")
            .Description("The caller identified by the Bearer access token. Entry point of every documented query.")
            .Resolve(ctx =>
            {
                var userId = ctx.User?.FindFirstValue(ClaimTypes.NameIdentifier)
                    ?? throw new ExecutionError("Authentication required: send 'Authorization: Bearer <token>' with a valid token.")
                    {
                        Code = ErrorCodes.Unauthenticated,
                    };
                return ctx.RequestServices!.GetRequiredService<UserByIdLoader>().Load(userId);
            });
}
