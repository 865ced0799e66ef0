using JobGraph.Server.Data;
using JobGraph.Server.Jobs;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Server.Works;

/// <summary>A work's import tasks and its artifacts' fetch tasks, from every job the work is part of.</summary>
public sealed class TasksByWorkIdLoader(IDbContextFactory<JobGraphDbContext> dbFactory)
    : EntitiesByKeyLoader<JobTask>(dbFactory, t => t.WorkId, TaskOrder.ByCreation);
