using GraphQL.DataLoader;
using JobGraph.Server.DataLoading;

namespace JobGraph.Tests.DataLoading;

public sealed class BatchLoaderTests
{
    [Fact]
    public async Task Keys_queued_before_the_first_await_are_fetched_in_one_batch()
    {
        // Arrange
        var loader = new Squares();
        var results = new[] { loader.Load(1), loader.Load(2), loader.Load(3) };

        // Act
        var values = await Task.WhenAll(results.Select(r => r.GetResultAsync()));

        // Assert
        Assert.Equal([1, 4, 9], values);
        Assert.Equal([[1, 2, 3]], loader.Batches);
    }

    [Fact]
    public async Task A_batch_of_more_keys_than_the_maximum_is_fetched_in_full_chunks_and_the_rest_and_answers_every_key()
    {
        // Arrange
        var loader = new Squares();
        var keys = Enumerable.Range(1_000, (2 * BatchLoader<int, int>.MaxBatchSize) + 76).ToArray();
        var results = keys.Select(loader.Load).ToArray();

        // Act
        var values = await Task.WhenAll(results.Select(r => r.GetResultAsync()));

        // Assert
        Assert.Equal(keys.Select(k => k * k), values);
        Assert.Equal([BatchLoader<int, int>.MaxBatchSize, BatchLoader<int, int>.MaxBatchSize, 76], loader.Batches.Select(b => b.Length));
        Assert.Equal(keys, loader.Batches.SelectMany(b => b));
    }

    [Fact]
    public async Task A_key_is_fetched_once_per_request()
    {
        // Arrange
        var loader = new Squares();
        var first = loader.Load(5);
        await first.GetResultAsync();

        // Act
        var again = await loader.Load(5).GetResultAsync();

        // Assert
        Assert.Equal(25, again);
        Assert.Single(loader.Batches);
    }

    [Fact]
    public async Task Keys_queued_after_a_dispatch_form_the_next_batch()
    {
        // Arrange
        var loader = new Squares();
        var first = loader.Load(1);
        var firstValue = first.GetResultAsync();

        // Act
        var second = await loader.Load(2).GetResultAsync();
        await firstValue;

        // Assert
        Assert.Equal(4, second);
        Assert.Equal([[1], [2]], loader.Batches);
    }

    [Fact]
    public async Task A_primed_key_costs_no_fetch()
    {
        // Arrange
        var loader = new Squares();
        loader.Prime(7, 49);

        // Act
        var value = await loader.Load(7).GetResultAsync();

        // Assert
        Assert.Equal(49, value);
        Assert.Empty(loader.Batches);
    }

    [Fact]
    public async Task A_key_the_fetch_did_not_return_gets_the_missing_value()
    {
        // Arrange
        var loader = new Squares();

        // Act
        var value = await loader.Load(Squares.Unknown).GetResultAsync();

        // Assert
        Assert.Equal(-1, value);
    }

    [Fact]
    public async Task A_failed_fetch_fails_every_key_of_its_batch()
    {
        // Arrange
        var loader = new Squares();
        var results = new[] { loader.Load(1), loader.Load(Squares.Failing) };

        // Act and Assert
        foreach (var result in results)
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => result.GetResultAsync());
        }
    }

    [Fact]
    public async Task Then_maps_a_pending_result_without_fetching_early()
    {
        // Arrange
        var loader = new Squares();
        var mapped = loader.Load(3).Then(v => $"square {v}");
        var other = loader.Load(4);

        // Act
        var text = await ((IDataLoaderResult)mapped).GetResultAsync();
        await other.GetResultAsync();

        // Assert
        Assert.Equal("square 9", text);
        Assert.Equal([[3, 4]], loader.Batches);
    }

    private sealed class Squares() : BatchLoader<int, int>(-1)
    {
        public const int Unknown = 404;
        public const int Failing = 500;

        public List<int[]> Batches { get; } = [];

        protected override async Task<IReadOnlyDictionary<int, int>> FetchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
        {
            Batches.Add([.. keys]);
            await Task.Yield();
            return keys.Contains(Failing)
                ? throw new InvalidOperationException("The database is down.")
                : keys.Where(k => k != Unknown).ToDictionary(k => k, k => k * k);
        }
    }
}
