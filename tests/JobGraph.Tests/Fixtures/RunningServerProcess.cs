using System.Collections.Concurrent;
using System.Diagnostics;

namespace JobGraph.Tests.Fixtures;

/// <summary>
/// The built server as its own long-running process, started the way an operator starts it; killed on dispose. Its
/// console output is kept line by line.
/// </summary>
public sealed class RunningServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private RunningServerProcess(Process process) => _process = process;

    public string Output => string.Join('\n', _lines);

    /// <summary>Starts <c>dotnet JobGraph.Server.dll</c> in <paramref name="workingDirectory"/> with <paramref name="args"/>.</summary>
    public static RunningServerProcess Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var server = new RunningServerProcess(new Process { StartInfo = start });
        server._process.OutputDataReceived += (_, e) => server.Add(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Add(e.Data);
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        return server;
    }

    /// <summary>The first output line that starts with <paramref name="prefix"/>, once the server printed it.</summary>
    public Task<string> LineAsync(string prefix) => Poll.UntilAsync(
        () => _lines.FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) ?? (_process.HasExited ? "(exited)" : null),
        line => line is not null,
        TimeSpan.FromSeconds(60),
        $"a line starting with '{prefix}'")!;

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }
}
