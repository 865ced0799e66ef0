namespace JobGraph.Server.Auth;

public static class UserQueries
{
    public static void AddUserQueries(this QueryType query)
        => query.Field<UserType>("me")
            .Description("The caller identified by the Bearer access token. Entry point of every documented query.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<UserByIdLoader>().Load(ctx.RequireId()));
}
