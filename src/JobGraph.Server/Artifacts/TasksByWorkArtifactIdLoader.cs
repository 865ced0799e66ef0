using JobGraph.Server.Data;
using JobGraph.Server.Jobs;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Server.Artifacts;

public sealed class TasksByWorkArtifactIdLoader(IDbContextFactory<JobGraphDbContext> dbFactory)
    : EntitiesByKeyLoader<JobTask>(dbFactory, t => t.WorkArtifactId, TaskOrder.ByCreation);
