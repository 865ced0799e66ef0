using System.Collections.Frozen;

namespace JobGraph.Server.Http;

/// <summary>
/// The service types that resolve to one instance for the whole of a request (singleton and scoped registrations),
/// which <see cref="RequestServiceCache"/> may therefore keep. Read from the service collection once it is complete.
/// </summary>
public sealed class SharedServiceTypes(IServiceCollection services)
{
    private readonly Lazy<FrozenSet<Type>> _types = new(() => Collect(services));

    /// <summary>True when every resolution of <paramref name="serviceType"/> within one scope gives the same instance.</summary>
    public bool Contains(Type serviceType) => _types.Value.Contains(serviceType);

    // The last registration of a type is the one GetService returns.
    private static FrozenSet<Type> Collect(IServiceCollection services)
        => services.Where(d => !d.IsKeyedService && !d.ServiceType.ContainsGenericParameters)
            .GroupBy(d => d.ServiceType)
            .Where(g => g.Last().Lifetime != ServiceLifetime.Transient)
            .Select(g => g.Key)
            .ToFrozenSet();
}
