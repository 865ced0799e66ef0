using Microsoft.Data.Sqlite;

namespace JobGraph.Server.Data;

/// <summary>
/// Anchors a relative SQLite file at the content root and creates its folder, so the default works from any working
/// directory. A bare file path (<c>jobs.db</c>, no <c>Data Source=</c>) is taken as the file.
/// </summary>
public static class SqliteFiles
{
    public static string Resolve(string connectionString, string contentRoot)
    {
        var builder = connectionString.Contains('=', StringComparison.Ordinal)
            ? new SqliteConnectionStringBuilder(connectionString)
            : new SqliteConnectionStringBuilder { DataSource = connectionString.Trim() };
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && !file.StartsWith("file:", StringComparison.Ordinal))
        {
            builder.DataSource = Path.GetFullPath(file, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }
}
