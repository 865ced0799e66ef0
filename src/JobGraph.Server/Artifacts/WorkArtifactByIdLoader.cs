using JobGraph.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Server.Artifacts;

public sealed class WorkArtifactByIdLoader(IDbContextFactory<JobGraphDbContext> dbFactory)
    : EntityByIdLoader<WorkArtifact>(dbFactory, a => a.Id);
