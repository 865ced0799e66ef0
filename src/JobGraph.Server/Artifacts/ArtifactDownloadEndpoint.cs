using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using JobGraph.Server.Data;
using JobGraph.Server.Downloads;
using JobGraph.Server.Jobs;
using JobGraph.Server.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace JobGraph.Server.Artifacts;

/// <summary>
/// <c>GET|HEAD /files/{artifactId}?sha256=…&amp;expires=…&amp;signature=…</c>: streams a fetched file to whoever holds
/// a valid link. The signature is the capability, so no bearer token is needed (seed 004: "Requires no additional
/// authentication once generated").
/// </summary>
public static class ArtifactDownloadEndpoint
{
    public static IEndpointConventionBuilder MapArtifactDownloads(this IEndpointRouteBuilder endpoints)
        => endpoints.MapMethods(DownloadLinks.PathPrefix + "/{artifactId}", [HttpMethods.Get, HttpMethods.Head], DownloadAsync);

    private static async Task<IResult> DownloadAsync(string artifactId, HttpContext http)
    {
        var services = http.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ArtifactDownloadEndpoint));
        // Query values are read by hand: parameter binding would answer a malformed expiry with 400 and log the value.
        var query = http.Request.Query;
        string? sha256 = query["sha256"], signature = query["signature"];
        if (!IsSha256(sha256)
            || !long.TryParse(query["expires"], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || signature is null
            || !services.GetRequiredService<UrlSigner>().Verify(artifactId, sha256, expires, signature))
        {
            return Forbidden(logger, artifactId, "the signature does not match");
        }

        if (services.GetRequiredService<TimeProvider>().GetUtcNow().ToUnixTimeSeconds() >= expires)
        {
            return Forbidden(logger, artifactId, "the link expired");
        }

        var file = await FindAsync(services, artifactId, http.RequestAborted);
        // A link names the bytes it was minted for: once the artifact was fetched again, the old link is gone.
        if (file is null || file.Value.File.Sha256 != sha256)
        {
            return Results.NotFound();
        }

        if (services.GetRequiredService<IBlobStore>().OpenRead(sha256) is not { } content)
        {
            logger.LogWarning("Stored file {Sha256} of artifact {ArtifactId} is missing from the file store", sha256, artifactId);
            return Results.NotFound();
        }

        http.Response.Headers.CacheControl = "private";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Stream(content, file.Value.File.MimeType ?? "application/octet-stream", file.Value.Name,
            entityTag: new EntityTagHeaderValue($"\"{sha256}\""), enableRangeProcessing: true);
    }

    private static async Task<(string Name, ArtifactFile File)?> FindAsync(IServiceProvider services, string artifactId, CancellationToken cancellationToken)
    {
        var dbFactory = services.GetRequiredService<IDbContextFactory<JobGraphDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var artifact = await db.WorkArtifacts.AsNoTracking().Where(a => a.Id == artifactId)
            .Select(a => new { a.Name, a.WorkspaceId })
            .FirstOrDefaultAsync(cancellationToken);
        if (artifact is null)
        {
            return null;
        }

        var fetches = await db.Tasks.AsNoTracking()
            .Where(t => t.WorkArtifactId == artifactId && t.WorkspaceId == artifact.WorkspaceId && t.Kind == TaskKind.FetchArtifact)
            .ToListAsync(cancellationToken);
        return ArtifactFile.Of(fetches) is { } file ? (artifact.Name, file) : null;
    }

    // The same answer for every reason, so a caller learns nothing about which part of a link is wrong; the log says why.
    private static IResult Forbidden(ILogger logger, string artifactId, string reason)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            // The id comes from an unverified link: keep the line bounded and single-line.
            var printable = new string([.. artifactId.Where(c => !char.IsControl(c)).Take(100)]);
            logger.LogInformation("Download of artifact {ArtifactId} refused: {Reason}", printable, reason);
        }

        return Results.StatusCode(StatusCodes.Status403Forbidden);
    }

    private static bool IsSha256([NotNullWhen(true)] string? value) => value is { Length: 64 } && value.All(char.IsAsciiHexDigitLower);
}
