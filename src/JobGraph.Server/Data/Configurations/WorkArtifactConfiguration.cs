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
        builder.HasAlternateKey(a => new { a.Id, a.WorkspaceId });
        builder.Property(a => a.SourceUrl).HasMaxLength(2048);
        builder.Property(a => a.MetadataJson).HasMaxLength(65536);
        builder.HasOne<Work>().WithMany()
            .HasForeignKey(a => new { a.WorkId, a.WorkspaceId }).HasPrincipalKey(w => new { w.Id, w.WorkspaceId })
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProviderConnection>().WithMany()
            .HasForeignKey(a => new { a.ConnectionId, a.WorkspaceId }).HasPrincipalKey(c => new { c.Id, c.WorkspaceId })
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(a => a.WorkspaceId).OnDelete(DeleteBehavior.Restrict);
        // A partner's file id names one artifact per work: re-creating it is idempotent.
        builder.HasIndex(a => new { a.WorkId, a.ExternalId }).IsUnique();
        builder.HasIndex(a => a.WorkspaceId);
    }
}
