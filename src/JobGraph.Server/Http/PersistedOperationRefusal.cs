namespace JobGraph.Server.Http;

/// <summary>Why a persisted-operation request cannot run: the HTTP status, the error code and a sentence for the client.</summary>
public sealed record PersistedOperationRefusal(int StatusCode, string Code, string Message);
