using System.Net;
using JobGraph.Server.Storage;
using Microsoft.Extensions.Options;

namespace JobGraph.Server.Processing;

/// <summary>
/// Downloads one artifact into the blob store: http/https only, redirects followed by hand (each new host passes the
/// connect-time address check again), bounded in time and size, the Content-Type checked against the first bytes.
/// Failures are <see cref="FetchException"/>s with a code. Logs name the host only: a partner URL may carry a token.
/// </summary>
public sealed class ArtifactFetcher(
    IHttpClientFactory httpFactory, IBlobStore store, IOptions<FetchOptions> options, ILogger<ArtifactFetcher> logger)
{
    public const string ClientName = "ArtifactFetch";

    public async Task<FetchedFile> FetchAsync(string? sourceUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(sourceUrl))
        {
            throw new FetchException(TaskErrorCodes.UrlMissing, "The artifact has no file URL.", transient: false);
        }

        var settings = options.Value;
        var uri = Fetchable(Uri.TryCreate(sourceUrl, UriKind.Absolute, out var parsed) ? parsed : null);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(settings.Timeout);
        try
        {
            return await FollowAsync(uri, settings, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw TimedOut(settings);
        }
        catch (HttpRequestException e) when (Refusal(e) is { } refusal)
        {
            throw new FetchException(TaskErrorCodes.UrlNotAllowed, refusal.Message, transient: false);
        }
        catch (HttpRequestException e) when (!cancellationToken.IsCancellationRequested)
        {
            // The connect timeout surfaces as a request failure whose cause is a timeout.
            if (e.InnerException is TimeoutException or OperationCanceledException)
            {
                throw TimedOut(settings);
            }

            throw new FetchException(TaskErrorCodes.NetworkError, $"Could not connect to {uri.Host}.", transient: true);
        }
    }

    private async Task<FetchedFile> FollowAsync(Uri uri, FetchOptions settings, CancellationToken cancellationToken)
    {
        var client = httpFactory.CreateClient(ClientName);
        for (var redirects = 0; ; redirects++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location)
            {
                if (redirects == settings.MaxRedirects)
                {
                    throw new FetchException(
                        TaskErrorCodes.TooManyRedirects, $"The source redirected more than {settings.MaxRedirects} times.", transient: false);
                }

                uri = Fetchable(new Uri(uri, location));
                logger.Redirected(uri.Host);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new FetchException(
                    TaskErrorCodes.Http(status), $"{uri.Host} answered {status} {response.ReasonPhrase}.", transient: status >= 500);
            }

            return await StoreAsync(response, uri.Host, settings.MaxBytes, cancellationToken);
        }
    }

    private async Task<FetchedFile> StoreAsync(HttpResponseMessage response, string host, long maxBytes, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength is { } length && length > maxBytes)
        {
            throw DownloadStream.TooLarge(maxBytes, length);
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var head = new byte[MimeSniffer.HeadLength];
        var filled = 0;
        int read;
        while (filled < head.Length && (read = await DownloadStream.ReadBodyAsync(body, head.AsMemory(filled), host, cancellationToken)) > 0)
        {
            filled += read;
        }

        // The whole file fit in the head when the buffer was not filled.
        var check = MimeSniffer.Check(response.Content.Headers.ContentType?.MediaType, head.AsSpan(0, filled), complete: filled < head.Length);
        if (!check.Matches)
        {
            throw new FetchException(
                TaskErrorCodes.MimeMismatch,
                $"The server said {response.Content.Headers.ContentType?.MediaType} but the file is {check.MimeType}.",
                transient: false);
        }

        await using var download = new DownloadStream(head.AsMemory(0, filled), body, maxBytes, host);
        var blob = await store.PutAsync(download, cancellationToken);
        return new FetchedFile(blob.Sha256, blob.Size, check.MimeType);
    }

    /// <summary>Only http and https; anything else (file:, ftp:, gopher:) is refused before any connection.</summary>
    private static Uri Fetchable(Uri? uri) => uri is { Scheme: "http" or "https" }
        ? uri
        : throw new FetchException(TaskErrorCodes.UrlNotAllowed, "Only http and https URLs can be fetched.", transient: false);

    private static FetchException TimedOut(FetchOptions settings) => new(
        TaskErrorCodes.Timeout, $"The download did not finish within {settings.Timeout.TotalSeconds:0.#} s.", transient: true);

    private static UrlNotAllowedException? Refusal(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is UrlNotAllowedException refusal)
            {
                return refusal;
            }
        }

        return null;
    }

    /// <summary>The named client: no automatic redirects or proxy, every connection through the address guard.</summary>
    public static SocketsHttpHandler CreateHandler(FetchOptions settings, GuardedConnector connector) => new()
    {
        AllowAutoRedirect = false,
        UseProxy = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.None,
        ConnectTimeout = settings.Timeout,
        ConnectCallback = connector.ConnectAsync,
    };
}
