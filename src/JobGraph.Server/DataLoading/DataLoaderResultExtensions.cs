using GraphQL.DataLoader;

namespace JobGraph.Server.DataLoading;

/// <summary>Maps a pending loader result without awaiting it, so the mapped field still batches.</summary>
public static class DataLoaderResultExtensions
{
    /// <summary>Returns a pending result that applies <paramref name="map"/> to the loaded value.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> source, Func<TIn, TOut> map)
        => new Mapped<TIn, TOut>(source, map);

    /// <summary>
    /// A result that loads and maps its value once, however many fields read it: the first read's task is kept and
    /// every later read gets the same one.
    /// </summary>
    public static IDataLoaderResult<T> Once<T>(this IDataLoaderResult<T> source) => new Kept<T>(source);

    /// <summary>The task as <c>Task&lt;object?&gt;</c>; synchronously when it is already done.</summary>
    internal static Task<object?> AsObject<T>(this Task<T> task)
        => task.IsCompletedSuccessfully ? Task.FromResult<object?>(task.Result) : AwaitAsObjectAsync(task);

    private static async Task<object?> AwaitAsObjectAsync<T>(Task<T> task) => await task.ConfigureAwait(false);

    // Reads racing on first use each get a task of their own, with the same value; one of them is kept.
    private sealed class Kept<T>(IDataLoaderResult<T> source) : IDataLoaderResult<T>
    {
        private Task<T>? _result;

        public Task<T> GetResultAsync(CancellationToken cancellationToken = default)
            => _result ??= source.GetResultAsync(cancellationToken);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => GetResultAsync(cancellationToken).AsObject();
    }

    // Maps synchronously when the source is already loaded (every field of a batch but the first), so a field costs
    // no async state machine.
    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> source, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public Task<TOut> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var loaded = source.GetResultAsync(cancellationToken);
            if (!loaded.IsCompletedSuccessfully)
            {
                return MapAsync(loaded);
            }

            try
            {
                return Task.FromResult(map(loaded.Result));
            }
            catch (Exception ex)
            {
                return Task.FromException<TOut>(ex);
            }
        }

        // The engine awaits this form: a loaded source maps into one task, not a typed one and its object form.
        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
        {
            var loaded = source.GetResultAsync(cancellationToken);
            if (!loaded.IsCompletedSuccessfully)
            {
                return MapAsync(loaded).AsObject();
            }

            try
            {
                return Task.FromResult<object?>(map(loaded.Result));
            }
            catch (Exception ex)
            {
                return Task.FromException<object?>(ex);
            }
        }

        private async Task<TOut> MapAsync(Task<TIn> loaded) => map(await loaded.ConfigureAwait(false));
    }
}
