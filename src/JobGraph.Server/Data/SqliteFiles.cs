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
        var builder = Parse(connectionString);
        if (IsFile(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }

    /// <summary>The folder of the SQLite file, where the server keeps its other files; <c>data/</c> under the content root otherwise.</summary>
    public static string DataFolder(string connectionString, string contentRoot)
    {
        var file = Parse(connectionString).DataSource;
        return IsFile(file) ? Path.GetDirectoryName(Path.GetFullPath(file, contentRoot))! : Path.Combine(contentRoot, "data");
    }

    private static SqliteConnectionStringBuilder Parse(string connectionString)
        => connectionString.Contains('=', StringComparison.Ordinal)
            ? new SqliteConnectionStringBuilder(connectionString)
            : new SqliteConnectionStringBuilder { DataSource = connectionString.Trim() };

    private static bool IsFile(string dataSource)
        => dataSource.Length > 0 && dataSource != ":memory:" && !dataSource.StartsWith("file:", StringComparison.Ordinal);
}
