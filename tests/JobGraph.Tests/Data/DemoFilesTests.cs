using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using JobGraph.Server.Data;
using JobGraph.Tests.Fixtures;
using Microsoft.Data.Sqlite;

namespace JobGraph.Tests.Data;

/// <summary>The demo's completed W-2 is a real, well-formed PDF of the documented size, served even by older demo databases.</summary>
public sealed partial class DemoFilesTests : IDisposable
{
    private readonly string _folder = IsolatedServer.NewFolder();

    [Fact]
    public void Demo_W2_is_a_well_formed_two_page_pdf_of_the_documented_size()
    {
        // Act
        var pdf = DemoFiles.W2Form2024();
        var text = Encoding.ASCII.GetString(pdf);

        // Assert: every cross-reference entry points at its object, and every stream is as long as it says.
        Assert.Equal(245678, pdf.Length);
        Assert.StartsWith("%PDF-1.4\n", text, StringComparison.Ordinal);
        var xref = int.Parse(StartXref().Match(text).Groups[1].Value);
        Assert.StartsWith("xref\n0 8\n", text[xref..], StringComparison.Ordinal);
        var entries = text[xref..].Split('\n').Skip(3).Take(7).ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            Assert.StartsWith($"{i + 1} 0 obj\n", text[int.Parse(entries[i][..10])..], StringComparison.Ordinal);
        }

        var streams = Stream().Matches(text);
        Assert.Equal(2, streams.Count);
        Assert.All(streams, s => Assert.StartsWith(
            "\nendstream", text[(s.Index + s.Length + int.Parse(s.Groups[1].Value))..], StringComparison.Ordinal));
        Assert.Contains("/Count 2", text, StringComparison.Ordinal);
        Assert.Contains("(W-2 Form 2024 - Wage and Tax Statement) Tj", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_demo_database_seeded_before_the_demo_had_files_gets_them_at_the_next_start()
    {
        // Arrange: a demo database whose W-2 fetch recorded no file, as databases seeded before files existed.
        await using (var first = new IsolatedServer(_folder))
        {
            first.Start();
        }

        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "jobgraph.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE Tasks SET FileSha256 = NULL, FileSize = NULL, FileMimeType = NULL WHERE Id = 'task_001'";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        // Act
        await using var restarted = new IsolatedServer(_folder);
        using var response = await restarted.Http().GetAsync(await restarted.DemoUploadedUrlAsync());

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DemoFiles.W2Form2024(), await response.Content.ReadAsByteArrayAsync());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [GeneratedRegex(@"startxref\n(\d+)\n%%EOF\n$")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"<< /Length (\d+) >>\nstream\n")]
    private static partial Regex Stream();
}
