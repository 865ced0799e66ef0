namespace JobGraph.Server.Processing;

/// <summary>
/// Why a task failed, stored in <c>JobTask.ErrorCode</c> and shown as <c>metadata.error.code</c>. Shipped codes never
/// change. HTTP answers are <c>HTTP_</c> plus the status code (<see cref="Http"/>).
/// </summary>
public static class TaskErrorCodes
{
    /// <summary>Not http/https, or the host resolves to a private, loopback, link-local or otherwise internal address.</summary>
    public const string UrlNotAllowed = "URL_NOT_ALLOWED";

    /// <summary>The artifact was created without a file URL.</summary>
    public const string UrlMissing = "URL_MISSING";

    /// <summary>The download did not finish within <c>Fetch:Timeout</c>.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>The file is larger than <c>Fetch:MaxBytes</c>.</summary>
    public const string TooLarge = "TOO_LARGE";

    /// <summary>The source redirected more than <c>Fetch:MaxRedirects</c> times.</summary>
    public const string TooManyRedirects = "TOO_MANY_REDIRECTS";

    /// <summary>The response's Content-Type and the file's first bytes disagree.</summary>
    public const string MimeMismatch = "MIME_MISMATCH";

    /// <summary>The host could not be resolved or reached, or the connection broke.</summary>
    public const string NetworkError = "NETWORK_ERROR";

    /// <summary>An import found a file of its work that was not fetched.</summary>
    public const string ImportIncomplete = "IMPORT_INCOMPLETE";

    /// <summary>The server itself failed (details in its log).</summary>
    public const string Internal = "INTERNAL_ERROR";

    /// <summary>The source answered with an error status, e.g. <c>HTTP_404</c>.</summary>
    public static string Http(int statusCode) => $"HTTP_{statusCode}";
}
