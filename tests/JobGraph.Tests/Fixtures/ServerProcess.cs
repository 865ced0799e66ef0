using System.Collections.Concurrent;
using System.Diagnostics;

namespace JobGraph.Tests.Fixtures;

/// <summary>
/// The real server as a separate process (<c>dotnet JobGraph.Server.dll</c>, built beside the tests), for what an
/// in-process host cannot show: a hard kill.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private const string Banner = "JobGraph GraphQL endpoint: ";

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<string> _endpoint = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServerProcess(Process process) => _process = process;

    /// <summary>Everything the server wrote to stdout and stderr.</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>Starts the server in <paramref name="folder"/> with these settings and waits until it listens.</summary>
    public static async Task<ServerProcess> StartAsync(string folder, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "JobGraph.Server.dll"));
        // The server's appsettings.json sits beside the tests; the settings below override what they must.
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(AppContext.BaseDirectory);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        var server = new ServerProcess(new Process { StartInfo = start });
        server._process.OutputDataReceived += (_, e) => server.Received(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Received(e.Data);
        server._process.Exited += (_, _) => server._endpoint.TrySetException(new InvalidOperationException("The server exited:\n" + server.Output));
        server._process.EnableRaisingEvents = true;
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        await server._endpoint.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return server;
    }

    /// <summary>SIGKILL: no shutdown code runs, no lease is handed back.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Received(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        if (line.StartsWith(Banner, StringComparison.Ordinal))
        {
            _endpoint.TrySetResult(line[Banner.Length..]);
        }
    }
}
