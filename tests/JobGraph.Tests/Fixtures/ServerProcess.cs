using System.Diagnostics;

namespace JobGraph.Tests.Fixtures;

/// <summary>Runs the built server as its own process with command-line arguments, as an operator does.</summary>
public static class ServerProcess
{
    /// <summary>Runs <c>dotnet JobGraph.Server.dll</c> with <paramref name="args"/> and waits for it to exit.</summary>
    public static async Task<ProcessResult> RunAsync(params string[] args)
    {
        // dotnet test exports the path of the dotnet host it runs under; fall back to the one on PATH.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{string.Join(' ', args)}' did not exit within 120 s; output: {await output}");
        }

        return new ProcessResult(process.ExitCode, await output, await error);
    }
}
