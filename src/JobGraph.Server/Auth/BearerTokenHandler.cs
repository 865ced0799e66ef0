using System.Security.Claims;
using System.Text.Encodings.Web;
using JobGraph.Server.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
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
    IDbContextFactory<JobGraphDbContext> dbFactory,
    UserByIdLoader users,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    // Every request runs it: compiled once, EF skips the expression walk and cache lookup per request.
    private static readonly Func<JobGraphDbContext, string, DateTime, CancellationToken, Task<User?>> _userByTokenHash =
        EF.CompileAsyncQuery((JobGraphDbContext db, string hash, DateTime now, CancellationToken cancellationToken) => db.ApiTokens.AsNoTracking()
            .Where(t => t.TokenHash == hash && t.RevokedAt == null && (t.ExpiresAt == null || t.ExpiresAt > now))
            .Select(t => t.User)
            .SingleOrDefault());

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
        await using var db = await dbFactory.CreateDbContextAsync(Context.RequestAborted);
        var user = await _userByTokenHash(db, hash, now, Context.RequestAborted);
        if (user is null)
        {
            return AuthenticateResult.Fail("The bearer token is unknown, revoked or expired.");
        }

        users.Prime(user.Id, user);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, user.Id)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
