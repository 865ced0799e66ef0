using System.Security.Claims;
using System.Text.Encodings.Web;
using JobGraph.Server.Data.Sql;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace JobGraph.Server.Auth;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;token&gt;</c> against the hashed API tokens. The same query loads the
/// token's user and hands it to <see cref="UserByIdLoader"/>, so <c>me</c> costs no round trip of its own.
/// </summary>
public sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    SqlReads sql,
    UserByIdLoader users,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    /// <summary>The token of an <c>Authorization: Bearer &lt;token&gt;</c> header; null without one.</summary>
    public static string? TokenOf(HttpRequest request)
    {
        string? header = request.Headers.Authorization;
        return header is { Length: > 7 } && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (string.IsNullOrEmpty(Request.Headers.Authorization))
        {
            return AuthenticateResult.NoResult();
        }

        if (TokenOf(Request) is not { } token)
        {
            return AuthenticateResult.Fail("The Authorization header is not a bearer token.");
        }

        var hash = TokenHasher.Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        // Every request runs it: a prepared statement on the read path.
        var query = new SqlQuery().Append("SELECT ").Columns(UserRows.Table, "u")
            .Append(" FROM \"ApiTokens\" AS \"a\" INNER JOIN ").From(UserRows.Table, "u").Append(" ON \"u\".\"Id\" = \"a\".\"UserId\"")
            .Append(" WHERE \"a\".\"TokenHash\" = ").Param(hash)
            .Append(" AND \"a\".\"RevokedAt\" IS NULL AND (\"a\".\"ExpiresAt\" IS NULL OR \"a\".\"ExpiresAt\" > ").Param(now).Append(")");
        var user = (await sql.ListAsync(query, UserRows.Table.Read, Context.RequestAborted)).SingleOrDefault();
        if (user is null)
        {
            return AuthenticateResult.Fail("The bearer token is unknown, revoked or expired.");
        }

        users.Prime(user.Id, user);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
