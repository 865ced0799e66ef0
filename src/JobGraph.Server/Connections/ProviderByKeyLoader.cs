using JobGraph.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Server.Connections;

public sealed class ProviderByKeyLoader(IDbContextFactory<JobGraphDbContext> dbFactory)
    : EntityByIdLoader<Provider>(dbFactory, p => p.Key);
