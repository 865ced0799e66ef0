using System.Globalization;
using Microsoft.Extensions.Options;

namespace JobGraph.Server.Downloads;

/// <summary>
/// Mints signed links to the download endpoint for one request. The time is read once per request, so every link in
/// one response (and its <c>expiresAt</c>) shares the same expiry.
/// </summary>
public sealed class DownloadLinks(UrlSigner signer, TimeProvider clock, IOptions<PublicUrlOptions> publicUrl, IHttpContextAccessor http)
{
    /// <summary>The path of the download endpoint: <c>/files/{artifactId}</c>.</summary>
    public const string PathPrefix = "/files";

    /// <summary>Links work for 15 minutes (seed 004: "Signed URLs expire after 15 minutes").</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    // Zero until the first link of the request; fields may resolve in parallel, so the first writer wins.
    private long _expires;
    private string? _baseUrl;

    public DownloadLink Mint(string artifactId, string sha256)
    {
        if (Interlocked.Read(ref _expires) == 0)
        {
            Interlocked.CompareExchange(ref _expires, (clock.GetUtcNow() + Lifetime).ToUnixTimeSeconds(), 0);
        }

        var expires = Interlocked.Read(ref _expires);
        var url = string.Create(CultureInfo.InvariantCulture,
            $"{BaseUrl()}{PathPrefix}/{Uri.EscapeDataString(artifactId)}?sha256={sha256}&expires={expires}&signature={signer.Sign(artifactId, sha256, expires)}");
        return new DownloadLink(url, DateTimeOffset.FromUnixTimeSeconds(expires).UtcDateTime);
    }

    private string BaseUrl()
    {
        if (publicUrl.Value.PublicBaseUrl is { } configured)
        {
            // Trimmed once per request, not once per link.
            return _baseUrl ??= configured.AbsoluteUri.TrimEnd('/');
        }

        var request = http.HttpContext?.Request ?? throw new InvalidOperationException("Links are minted within a request unless PublicBaseUrl is set.");
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
