namespace JobGraph.Server.DataLoading;

/// <summary>Key of a child list: the parent's id and the field's arguments, so different arguments never share a result.</summary>
public readonly record struct ParentKey<TArgs>(string ParentId, TArgs Args);
