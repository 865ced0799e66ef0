using GraphQL.DataLoader;

namespace JobGraph.Server.DataLoading;

/// <summary>Maps a pending loader result without awaiting it, so the mapped field still batches.</summary>
public static class DataLoaderResultExtensions
{
    /// <summary>Returns a pending result that applies <paramref name="map"/> to the loaded value.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> source, Func<TIn, TOut> map)
        => new Mapped<TIn, TOut>(source, map);

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> source, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default)
            => map(await source.GetResultAsync(cancellationToken).ConfigureAwait(false));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
            => await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
