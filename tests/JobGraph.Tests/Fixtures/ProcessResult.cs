namespace JobGraph.Tests.Fixtures;

/// <summary>How a process ended and what it wrote.</summary>
public sealed record ProcessResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
}
