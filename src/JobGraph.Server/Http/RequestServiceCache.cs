namespace JobGraph.Server.Http;

/// <summary>
/// A request's services as GraphQL resolvers see them: each scoped or singleton service is resolved from the request
/// scope once, then read without a lock. The DI scope locks on every resolution, and resolvers ask for their loader
/// once per field of every list item, from parallel branches of one request: profiles of large lists showed them
/// contending for that lock. Transient and keyed services go to the scope every time, as before.
/// </summary>
public sealed class RequestServiceCache(IServiceProvider scope, SharedServiceTypes shared) : IServiceProvider, ISupportRequiredService, IKeyedServiceProvider
{
    private readonly Lock _sync = new();
    private Entry[] _entries = new Entry[8];
    private int _count;

    public object? GetService(Type serviceType) => Find(serviceType) ?? Resolve(serviceType, scope.GetService(serviceType));

    public object GetRequiredService(Type serviceType) => Find(serviceType) ?? Resolve(serviceType, scope.GetRequiredService(serviceType))!;

    public object? GetKeyedService(Type serviceType, object? serviceKey) => (scope as IKeyedServiceProvider)?.GetKeyedService(serviceType, serviceKey);

    public object GetRequiredKeyedService(Type serviceType, object? serviceKey) => scope.GetRequiredKeyedService(serviceType, serviceKey);

    // Entries below the count are final in whichever array a reader sees: the count is read first and a grown array
    // is published before the count that covers it.
    private object? Find(Type serviceType)
    {
        var count = Volatile.Read(ref _count);
        var entries = Volatile.Read(ref _entries);
        for (var i = 0; i < count; i++)
        {
            if (ReferenceEquals(entries[i].Type, serviceType))
            {
                return entries[i].Service;
            }
        }

        return null;
    }

    private object? Resolve(Type serviceType, object? service)
    {
        if (service is null || !shared.Contains(serviceType))
        {
            return service;
        }

        lock (_sync)
        {
            if (Find(serviceType) is null)
            {
                if (_count == _entries.Length)
                {
                    var grown = new Entry[_entries.Length * 2];
                    Array.Copy(_entries, grown, _count);
                    Volatile.Write(ref _entries, grown);
                }

                _entries[_count] = new Entry(serviceType, service);
                Volatile.Write(ref _count, _count + 1);
            }
        }

        return service;
    }

    private readonly record struct Entry(Type Type, object Service);
}
