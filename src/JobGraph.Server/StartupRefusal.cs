using JobGraph.Server.Data;

namespace JobGraph.Server;

public static class StartupRefusal
{
    /// <summary>
    /// Runs the app unless a start-up check refuses: then its one sentence goes to stderr and the exit code is 1, with no
    /// stack trace and without listening first. The checks also run as the hosted services start (the test host).
    /// </summary>
    public static async Task<int> RunOrExplainAsync(this WebApplication app)
    {
        foreach (var initializer in app.Services.GetServices<IHostedService>().OfType<DatabaseInitializer>())
        {
            if (await initializer.RefusalAsync(CancellationToken.None) is { } refusal)
            {
                await Console.Error.WriteLineAsync(refusal);
                return 1;
            }
        }

        try
        {
            await app.RunAsync();
            return 0;
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            // The usual first-run clash: say which address and how to pick another, not a Kestrel stack trace.
            await Console.Error.WriteLineAsync($"{e.Message} Stop what listens there, or start with --urls http://127.0.0.1:<free port>.");
            return 1;
        }
    }
}
