using System.Security.Cryptography;
using JobGraph.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Server.Auth;

/// <summary>
/// Creates, revokes and lists API tokens. The secret exists only in the value <see cref="CreateAsync"/> returns; the
/// database keeps its SHA-256 hash, and <see cref="BearerTokenHandler"/> reads revocation and expiry on every request.
/// </summary>
public sealed class ApiTokenCommands(IDbContextFactory<JobGraphDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>A new token for <paramref name="userId"/>, or null when that user does not exist.</summary>
    public async Task<CreatedApiToken?> CreateAsync(string userId, string name, TimeSpan? lifetime, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        // 160 random bits: enough that an unsalted fast hash cannot be reversed by guessing.
        var secret = "jg_" + RandomNumberGenerator.GetHexString(40, lowercase: true);
        var token = new ApiToken
        {
            Id = "token_" + RandomNumberGenerator.GetHexString(16, lowercase: true),
            UserId = userId,
            TokenHash = TokenHasher.Hash(secret),
            Name = name,
            CreatedAt = now,
            ExpiresAt = now + lifetime,
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiToken(token, secret);
    }

    /// <summary>
    /// Revokes the token with this id, or with this secret when <paramref name="id"/> is null; null when none matches.
    /// A token revoked before keeps its first revocation time.
    /// </summary>
    public async Task<ApiToken?> RevokeAsync(string? id, string? secret, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hash = secret is null ? null : TokenHasher.Hash(secret);
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => id != null ? t.Id == id : t.TokenHash == hash, cancellationToken);
        if (token is not null && token.RevokedAt is null)
        {
            token.RevokedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }

        return token;
    }

    /// <summary>The user's tokens, oldest first, revoked and expired ones included.</summary>
    public async Task<IReadOnlyList<ApiToken>> ListAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ApiTokens.AsNoTracking()
            .Where(t => t.UserId == userId)
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
    }
}
