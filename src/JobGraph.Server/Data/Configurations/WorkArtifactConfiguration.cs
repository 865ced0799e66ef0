using JobGraph.Server.Artifacts;
using JobGraph.Server.Connections;
using JobGraph.Server.Works;
using JobGraph.Server.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobGraph.Server.Data.Configurations;

public sealed class WorkArtifactConfiguration : IEntityTypeConfiguration<WorkArtifact>
{
    public void Configure(EntityTypeBuilder<WorkArtifact> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.SourceUrl).HasMaxLength(2048);
        builder.Property(a => a.StoredUrl).HasMaxLength(2048);
        builder.Property(a => a.MetadataJson).HasMaxLength(65536);
        builder.HasOne<Work>().WithMany().HasForeignKey(a => a.WorkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProviderConnection>().WithMany().HasForeignKey(a => a.ConnectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(a => a.WorkspaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.WorkId);
        builder.HasIndex(a => a.ConnectionId);
        builder.HasIndex(a => a.WorkspaceId);
    }
}
