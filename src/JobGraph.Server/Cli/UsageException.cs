namespace JobGraph.Server.Cli;

/// <summary>The command line is wrong; <see cref="CommandLine"/> prints the message and the verb's usage.</summary>
public sealed class UsageException(string message) : Exception(message);
