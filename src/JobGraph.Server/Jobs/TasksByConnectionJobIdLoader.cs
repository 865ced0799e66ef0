using JobGraph.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Server.Jobs;

public sealed class TasksByConnectionJobIdLoader(IDbContextFactory<JobGraphDbContext> dbFactory)
    : EntitiesByKeyLoader<JobTask>(dbFactory, t => t.ConnectionJobId, TaskOrder.ByCreation);
