namespace JobGraph.Server.Lists;

/// <summary>The <c>sortBy</c>, <c>offset</c> and <c>limit</c> arguments of a list field, applied per parent. Every list is bounded: the limit has a maximum and is its default.</summary>
public sealed record ListWindow(SortBy? Sort, int Offset, int Limit);
