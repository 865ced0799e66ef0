namespace JobGraph.Server.Cli;

/// <summary>Exit codes of the command-line verbs, so scripts can tell a typo from a failure.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The verb ran and could not do what was asked, e.g. the user or token does not exist.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong; nothing was done.</summary>
    public const int Usage = 2;
}
