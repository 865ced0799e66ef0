namespace JobGraph.Server.Processing;

/// <summary>A download failed for a reason the partner can act on; <see cref="Transient"/> failures are retried.</summary>
public sealed class FetchException(string code, string message, bool transient) : Exception(message)
{
    /// <summary>One of <see cref="TaskErrorCodes"/>.</summary>
    public string Code { get; } = code;

    /// <summary>Worth another attempt: a 5xx answer, a timeout or a broken connection.</summary>
    public bool Transient { get; } = transient;
}
