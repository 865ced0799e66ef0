using JobGraph.Server.Artifacts;
using JobGraph.Server.Auth;
using JobGraph.Server.Connections;
using JobGraph.Server.Jobs;
using JobGraph.Server.Works;
using JobGraph.Server.Workspaces;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Server.Data;

public sealed class JobGraphDbContext(DbContextOptions<JobGraphDbContext> options) : DbContext(options)
{
    public DbSet<User> Users => Set<User>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<Workspace> Workspaces => Set<Workspace>();
    public DbSet<WorkspaceMembership> WorkspaceMemberships => Set<WorkspaceMembership>();
    public DbSet<Provider> Providers => Set<Provider>();
    public DbSet<ProviderConnection> Connections => Set<ProviderConnection>();
    public DbSet<ConnectionJob> ConnectionJobs => Set<ConnectionJob>();
    public DbSet<JobTask> Tasks => Set<JobTask>();
    public DbSet<Work> Works => Set<Work>();
    public DbSet<JobWork> JobWorks => Set<JobWork>();
    public DbSet<WorkArtifact> WorkArtifacts => Set<WorkArtifact>();
    public DbSet<JobArtifact> JobArtifacts => Set<JobArtifact>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.ApplyConfigurationsFromAssembly(typeof(JobGraphDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every timestamp is UTC; the converter restores DateTimeKind.Utc on read, which SQLite's TEXT loses.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        // Enums are stored by name so rows stay readable and reordering members never corrupts data.
        configurationBuilder.Properties<TaskState>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<TaskKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<UserRole>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<WorkspaceKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<string>().HaveMaxLength(256);
    }
}
