using JobGraph.Server.Schema;

namespace JobGraph.Server.Cli;

/// <summary><c>schema export [--output FILE]</c>: the SDL clients generate code from, without a database or a server.</summary>
public sealed class SchemaVerb : IVerb
{
    public string Name => "schema";

    public string Usage => """
          schema export [--output <file>]
        """;

    public async Task<int> RunAsync(VerbArguments arguments, TextWriter output, TextWriter errorOutput, CancellationToken cancellationToken)
    {
        if (arguments.Subcommand != "export")
        {
            throw new UsageException(arguments.Subcommand is null ? "Say what to do with the schema: export." : $"Unknown schema command '{arguments.Subcommand}'.");
        }

        arguments.Expect(1, "output");
        await using var services = new ServiceCollection().AddLogging().AddJobGraphSchema().BuildServiceProvider();
        var sdl = SchemaPrinter.Print(services.GetRequiredService<JobGraphSchema>());
        if (arguments.Optional("output") is not { } file)
        {
            await output.WriteAsync(sdl);
            return ExitCodes.Success;
        }

        await File.WriteAllTextAsync(file, sdl, cancellationToken);
        await output.WriteLineAsync($"Wrote the schema to {Path.GetFullPath(file)}.");
        return ExitCodes.Success;
    }
}
