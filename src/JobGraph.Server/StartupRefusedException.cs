namespace JobGraph.Server;

/// <summary>
/// The server cannot start for a reason the operator can fix; its message is the one sentence that says how.
/// <see cref="StartupRefusal.RunOrExplainAsync"/> prints it instead of a stack trace.
/// </summary>
public sealed class StartupRefusedException(string message) : Exception(message);
