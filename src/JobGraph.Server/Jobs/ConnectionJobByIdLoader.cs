using JobGraph.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Server.Jobs;

public sealed class ConnectionJobByIdLoader(IDbContextFactory<JobGraphDbContext> dbFactory)
    : EntityByIdLoader<ConnectionJob>(dbFactory, j => j.Id);
