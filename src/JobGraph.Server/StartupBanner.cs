using JobGraph.Server.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace JobGraph.Server;

/// <summary>Tells a newcomer where the endpoint is and, with demo data on, which token to paste.</summary>
public sealed class StartupBanner(IHostApplicationLifetime lifetime, IServer server, IOptions<DemoDataOptions> demo, DemoTokenState demoToken)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var address in server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
            {
                Console.WriteLine($"JobGraph GraphQL endpoint: {address.TrimEnd('/')}/graphql");
            }

            if (demo.Value.Enabled && demoToken.Works)
            {
                // Printed to the console for the newcomer, never logged: tokens stay out of log sinks.
                Console.WriteLine($"Demo bearer token: {demo.Value.Token}");
            }
            else if (demo.Value.Enabled)
            {
                Console.WriteLine("No demo token: this database was not seeded with the demo data (it seeds only an empty database).");
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
