namespace JobGraph.Server.Data;

/// <summary>Ids of rows the server creates: the kind as a readable prefix, then 128 random bits (e.g. <c>job_3f2a…</c>).</summary>
public static class Ids
{
    public static string New(string prefix) => $"{prefix}_{Guid.NewGuid():N}";
}
