namespace JobGraph.Server.Cli;

/// <summary>A command-line verb of the server, selected by its <see cref="Name"/> as the first argument.</summary>
public interface IVerb
{
    string Name { get; }

    /// <summary>One line per form of the verb, printed with every usage error.</summary>
    string Usage { get; }

    /// <summary>
    /// Runs the verb and returns the process exit code (see <see cref="ExitCodes"/>). <paramref name="output"/> gets only
    /// the verb's answer, so scripts can capture it; failures go to <paramref name="errorOutput"/>.
    /// </summary>
    Task<int> RunAsync(VerbArguments arguments, TextWriter output, TextWriter errorOutput, CancellationToken cancellationToken);
}
