namespace JobGraph.Server.Cli;

/// <summary>
/// The server's command-line verbs, e.g. <c>tokens create --user user_789</c>. A verb runs against the configured
/// database and exits; the server starts only when the first argument names no verb.
/// </summary>
public static class CommandLine
{
    // A new verb is one IVerb class and one entry here.
    private static readonly IVerb[] _verbs = [new TokensVerb(), new SchemaVerb()];

    public static bool IsVerb(string[] args) => args.Length > 0 && Find(args[0]) is not null;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var verb = Find(args[0]) ?? throw new ArgumentException($"'{args[0]}' is not a verb.", nameof(args));
        try
        {
            return await verb.RunAsync(VerbArguments.Parse(args[1..]), output, error, cancellationToken);
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync(e.Message);
            await error.WriteLineAsync("Usage:");
            await error.WriteLineAsync(verb.Usage);
            return ExitCodes.Usage;
        }
    }

    private static IVerb? Find(string name) => Array.Find(_verbs, v => v.Name == name);
}
