namespace JobGraph.Tests.Fixtures;

/// <summary>Files of the repository the tests run from (schema.graphql, the reference operations).</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "JobGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("JobGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
