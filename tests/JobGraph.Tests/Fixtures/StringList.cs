namespace JobGraph.Tests.Fixtures;

/// <summary>Inline lists of constant strings for a request's variables.</summary>
public static class StringList
{
    /// <summary>
    /// <paramref name="values"/> as an array. A constant array literal in its place would trip CA1861
    /// (constant array arguments), which the build treats as an error.
    /// </summary>
    public static string[] Of(params string[] values) => values;
}
