namespace JobGraph.Tests.Fixtures;

/// <summary>Unique ids, so every test's rows are its own in the shared database.</summary>
public static class TestIds
{
    public static string New(string prefix) => $"{prefix}_{Guid.NewGuid():N}";
}
