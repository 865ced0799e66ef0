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
        builder.HasOne<ProviderConnection>().WithMany(c => c.ConnectionJobs).HasForeignKey(j => j.ConnectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(j => j.WorkspaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(j => j.ConnectionId);
        builder.HasIndex(j => j.WorkspaceId);
    }
}
