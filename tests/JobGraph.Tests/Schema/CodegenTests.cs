using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Schema;

/// <summary>
/// A schema-first client's view: GraphQL Code Generator (tests/codegen, pinned by its lock file) turns schema.graphql and
/// every documented operation into TypeScript, and the TypeScript compiler accepts it under --strict.
/// </summary>
public sealed partial class CodegenTests
{
    private static readonly string _tools = RepositoryFiles.PathOf("tests", "codegen");

    [Fact]
    public async Task Codegen_over_the_schema_and_every_documented_operation_type_checks_strictly()
    {
        // Arrange: one output per document, since the README repeats a reference operation under its own name.
        await EnsureInstalledAsync();
        var work = Directory.CreateTempSubdirectory("jobgraph-codegen-");
        var documents = DocumentedOperations().ToList();
        var generates = new JsonObject { [Path.Combine(work.FullName, "schema.ts")] = new JsonObject { ["plugins"] = new JsonArray("typescript") } };
        foreach (var (name, text) in documents)
        {
            var document = Path.Combine(work.FullName, name + ".graphql");
            await File.WriteAllTextAsync(document, text);
            generates[Path.Combine(work.FullName, name + ".ts")] = new JsonObject
            {
                ["documents"] = document,
                ["plugins"] = new JsonArray("typescript-operations"),
                ["config"] = new JsonObject { ["importSchemaTypesFrom"] = Path.Combine(work.FullName, "schema.ts") },
            };
        }

        var config = Path.Combine(work.FullName, "codegen.json");
        await File.WriteAllTextAsync(config, new JsonObject
        {
            ["schema"] = RepositoryFiles.PathOf("schema.graphql"),
            ["config"] = new JsonObject { ["scalars"] = new JsonObject { ["Date"] = "string", ["JSON"] = "unknown" } },
            ["generates"] = generates,
        }.ToJsonString());

        try
        {
            // Act
            var codegen = await NodeAsync("node_modules/@graphql-codegen/cli/cjs/bin.js", "--config", config);
            var outputs = Directory.GetFiles(work.FullName, "*.ts");
            var tsc = await NodeAsync(["node_modules/typescript/bin/tsc", "--strict", "--noEmit", .. outputs]);

            // Assert
            Assert.True(codegen.ExitCode == 0, codegen.Output);
            Assert.Contains("GetJobWorkArtifactStatus", documents.Select(d => d.Name));
            Assert.Contains("MonitorConnectionJobArtifacts", documents.Select(d => d.Name));
            Assert.Contains(documents, d => d.Name.StartsWith("README-", StringComparison.Ordinal));
            Assert.Equal(documents.Count + 1, outputs.Length);
            Assert.True(tsc.ExitCode == 0, tsc.Output);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The reference operations (tests' Operations/, copies of the reference pages) and every query in the README.</summary>
    private static IEnumerable<(string Name, string Text)> DocumentedOperations()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Operations"), "*.graphql").Order(StringComparer.Ordinal))
        {
            yield return (Path.GetFileNameWithoutExtension(file).Replace('.', '-'), File.ReadAllText(file));
        }

        var readme = File.ReadAllText(RepositoryFiles.PathOf("README.md"));
        var number = 0;
        foreach (Match match in ReadmeQuery().Matches(readme))
        {
            yield return ($"README-{++number}", JsonSerializer.Deserialize<string>(match.Groups["query"].Value)!);
        }
    }

    private static async Task EnsureInstalledAsync()
    {
        if (!Directory.Exists(Path.Combine(_tools, "node_modules")))
        {
            var install = await ExternalProcess.RunAsync("npm", _tools, TimeSpan.FromMinutes(5), "ci", "--no-audit", "--no-fund");
            Assert.True(install.ExitCode == 0, install.Output);
        }
    }

    private static Task<(int ExitCode, string Output)> NodeAsync(params string[] arguments)
        => ExternalProcess.RunAsync("node", _tools, TimeSpan.FromMinutes(3), arguments);

    // A "query" member of a JSON body in the README's cURL examples.
    [GeneratedRegex("\"query\"\\s*:\\s*(?<query>\"(?:[^\"\\\\]|\\\\.)*\")")]
    private static partial Regex ReadmeQuery();
}
