using JobGraph.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Server.Auth;

public sealed class UserByIdLoader(IDbContextFactory<JobGraphDbContext> dbFactory)
    : EntityByIdLoader<User>(dbFactory, u => u.Id);
