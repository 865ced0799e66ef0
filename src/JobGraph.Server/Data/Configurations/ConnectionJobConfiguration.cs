using JobGraph.Server.Connections;
using JobGraph.Server.Jobs;
using JobGraph.Server.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobGraph.Server.Data.Configurations;

public sealed class ConnectionJobConfiguration : IEntityTypeConfiguration<ConnectionJob>
{
    public void Configure(EntityTypeBuilder<ConnectionJob> builder)
    {
        builder.HasKey(j => j.Id);
        builder.HasAlternateKey(j => new { j.Id, j.WorkspaceId });
        // Tenant integrity: the foreign key carries the workspace, so a job cannot sit on another workspace's connection.
        builder.HasOne<ProviderConnection>().WithMany(c => c.ConnectionJobs)
            .HasForeignKey(j => new { j.ConnectionId, j.WorkspaceId }).HasPrincipalKey(c => new { c.Id, c.WorkspaceId })
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(j => j.WorkspaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(j => j.WorkspaceId);
    }
}
