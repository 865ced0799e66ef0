namespace JobGraph.Server.Schema;

/// <summary>
/// The id that ties an unexpected failure's log entry to the response the client got: the request's
/// trace identifier, kept in the execution's user context under <see cref="Key"/>.
/// </summary>
public static class CorrelationId
{
    public const string Key = "correlationId";
}
