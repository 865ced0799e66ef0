using JobGraph.Server.Http;

namespace JobGraph.Tests.Http;

/// <summary>Resolvers see the request's own services through the cache: the same instances, transients still new each time.</summary>
public sealed class RequestServiceCacheTests
{
    [Fact]
    public async Task Scoped_and_singleton_services_are_the_scopes_own_and_transients_stay_new()
    {
        // Arrange
        var services = new ServiceCollection();
        services.AddSingleton<SingletonThing>().AddScoped<ScopedThing>().AddTransient<TransientThing>();
        services.AddSingleton(new SharedServiceTypes(services));
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var cache = new RequestServiceCache(scope.ServiceProvider, provider.GetRequiredService<SharedServiceTypes>());

        // Act
        var scoped = new[] { cache.GetRequiredService<ScopedThing>(), cache.GetRequiredService<ScopedThing>() };
        var singleton = cache.GetService<SingletonThing>();
        var transients = new[] { cache.GetRequiredService<TransientThing>(), cache.GetRequiredService<TransientThing>() };

        // Assert
        Assert.All(scoped, s => Assert.Same(scope.ServiceProvider.GetRequiredService<ScopedThing>(), s));
        Assert.Same(provider.GetRequiredService<SingletonThing>(), singleton);
        Assert.NotSame(transients[0], transients[1]);
        Assert.Null(cache.GetService<UnregisteredThing>());
        Assert.Throws<InvalidOperationException>(() => cache.GetRequiredService<UnregisteredThing>());
    }

    [Fact]
    public async Task Many_service_types_are_all_kept_apart()
    {
        // Arrange: more types than the cache's first array holds.
        var services = new ServiceCollection();
        var types = new List<Type> { typeof(Holder<int>) };
        while (types.Count < 40)
        {
            types.Add(typeof(Holder<>).MakeGenericType(types[^1]));
        }

        foreach (var type in types)
        {
            services.AddScoped(type);
        }

        services.AddSingleton(new SharedServiceTypes(services));
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var cache = new RequestServiceCache(scope.ServiceProvider, provider.GetRequiredService<SharedServiceTypes>());

        // Act
        var first = types.Select(cache.GetRequiredService).ToList();
        var second = types.Select(cache.GetRequiredService).ToList();

        // Assert
        Assert.Equal(types, first.Select(s => s.GetType()));
        Assert.Equal(first, second);
    }

    private sealed class SingletonThing;

    private sealed class ScopedThing;

    private sealed class TransientThing;

    private sealed class UnregisteredThing;

    private sealed class Holder<T>;
}
