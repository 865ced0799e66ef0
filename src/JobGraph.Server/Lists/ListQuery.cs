namespace JobGraph.Server.Lists;

/// <summary>The arguments of a filtered list field: its filters and its window (sort, offset, limit).</summary>
public sealed record ListQuery<TFilters>(TFilters Filters, ListWindow Window);
