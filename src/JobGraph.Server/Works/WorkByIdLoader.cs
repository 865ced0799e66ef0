using JobGraph.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Server.Works;

public sealed class WorkByIdLoader(IDbContextFactory<JobGraphDbContext> dbFactory)
    : EntityByIdLoader<Work>(dbFactory, w => w.Id);
