namespace JobGraph.Tests.Fixtures;

/// <summary>The documented operations (tests/JobGraph.Tests/Operations), verbatim from the reference pages.</summary>
public static class Operations
{
    public static string Read(string fileName) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Operations", fileName));
}
