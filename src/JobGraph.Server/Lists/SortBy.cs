namespace JobGraph.Server.Lists;

/// <summary>A parsed <c>SortBy</c> input: a field name of the listed type and a direction.</summary>
public sealed record SortBy(string Field, bool Descending);
