namespace JobGraph.Server.DataLoading;

/// <summary>The <c>sortBy</c>, <c>offset</c> and <c>limit</c> arguments of a list field, applied per parent.</summary>
public sealed record ListWindow(SortBy? Sort, int Offset, int? Limit);
