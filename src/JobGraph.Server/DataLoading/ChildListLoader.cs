namespace JobGraph.Server.DataLoading;

/// <summary>
/// Loads a filtered child list for many parents. Keys that share the same arguments are fetched in one round
/// trip; a document that asks for the same list with different arguments (aliases) costs one more per variant,
/// and those round trips run side by side (the document gate bounds how many variants a document may ask for).
/// </summary>
public abstract class ChildListLoader<TArgs, TChild>() : BatchLoader<ParentKey<TArgs>, IReadOnlyList<TChild>>([])
    where TArgs : notnull
{
    /// <summary>Queues the children of <paramref name="parentId"/> that match <paramref name="args"/>.</summary>
    public GraphQL.DataLoader.IDataLoaderResult<IReadOnlyList<TChild>> Load(string parentId, TArgs args) => Load(new(parentId, args));

    protected sealed override async Task<IReadOnlyDictionary<ParentKey<TArgs>, IReadOnlyList<TChild>>> FetchAsync(
        IReadOnlyList<ParentKey<TArgs>> keys, CancellationToken cancellationToken)
    {
        var variants = keys.GroupBy(k => k.Args).ToList();
        var fetched = await Task.WhenAll(variants.Select(variant => FetchAsync(
            variant.Key, variant.Select(k => k.ParentId).Distinct(StringComparer.Ordinal).ToArray(), cancellationToken))).ConfigureAwait(false);
        var result = new Dictionary<ParentKey<TArgs>, IReadOnlyList<TChild>>(keys.Count);
        foreach (var (variant, children) in variants.Zip(fetched))
        {
            foreach (var key in variant)
            {
                result[key] = children[key.ParentId].ToList();
            }
        }

        return result;
    }

    /// <summary>Fetches the children of <paramref name="parentIds"/> in one round trip, grouped by parent id, each group in list order.</summary>
    protected abstract Task<ILookup<string, TChild>> FetchAsync(TArgs args, IReadOnlyList<string> parentIds, CancellationToken cancellationToken);
}
