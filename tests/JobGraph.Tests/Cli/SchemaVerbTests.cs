using JobGraph.Server.Cli;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Cli;

public sealed class SchemaVerbTests
{
    [Fact]
    public async Task Schema_export_prints_exactly_schema_graphql()
    {
        // Arrange
        using var output = new StringWriter();
        using var error = new StringWriter();

        // Act
        var exitCode = await CommandLine.RunAsync(["schema", "export"], output, error, CancellationToken.None);

        // Assert
        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(File.ReadAllText(RepositoryFiles.PathOf("schema.graphql")).ReplaceLineEndings("\n"), output.ToString());
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public async Task Schema_export_with_an_output_file_writes_the_schema_there()
    {
        // Arrange
        var file = Path.Combine(Path.GetTempPath(), "jobgraph-schema-" + Guid.NewGuid().ToString("N") + ".graphql");
        using var output = new StringWriter();

        // Act
        var exitCode = await CommandLine.RunAsync(["schema", "export", "--output", file], output, TextWriter.Null, CancellationToken.None);

        // Assert
        try
        {
            Assert.Equal(ExitCodes.Success, exitCode);
            Assert.Equal(File.ReadAllText(RepositoryFiles.PathOf("schema.graphql")).ReplaceLineEndings("\n"), File.ReadAllText(file));
            Assert.Contains(file, output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("schema")]
    [InlineData("schema", "import")]
    [InlineData("schema", "export", "--format", "json")]
    public async Task A_wrong_schema_command_line_exits_2_with_the_usage(params string[] args)
    {
        // Arrange
        using var error = new StringWriter();

        // Act
        var exitCode = await CommandLine.RunAsync(args, TextWriter.Null, error, CancellationToken.None);

        // Assert
        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Contains("schema export [--output <file>]", error.ToString(), StringComparison.Ordinal);
    }
}
