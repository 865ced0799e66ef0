using JobGraph.Server;
using JobGraph.Server.Schema;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests;

[Collection(ServerCollection.Name)]
public sealed class SchemaTests(ServerFixture server)
{
    /// <summary>
    /// schema.graphql is the contract for client codegen. Regenerate it after a schema change with
    /// <c>UPDATE_SCHEMA=1 dotnet test --filter FullyQualifiedName~SchemaTests</c> and review the diff.
    /// </summary>
    [Fact]
    public void Schema_file_matches_the_running_schema()
    {
        // Arrange
        var path = RepositoryFiles.PathOf("schema.graphql");
        var schema = server.Factory.Services.GetRequiredService<JobGraphSchema>();

        // Act
        var printed = Print(schema);
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, printed);
        }

        // Assert
        Assert.True(File.Exists(path), "schema.graphql is missing; run UPDATE_SCHEMA=1 dotnet test --filter FullyQualifiedName~SchemaTests");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), printed);
    }

    internal static string Print(JobGraphSchema schema) => SchemaPrinter.Print(schema);
}
