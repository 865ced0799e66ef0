using JobGraph.Server.Connections;
using JobGraph.Server.Works;
using JobGraph.Server.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobGraph.Server.Data.Configurations;

public sealed class WorkConfiguration : IEntityTypeConfiguration<Work>
{
    public void Configure(EntityTypeBuilder<Work> builder)
    {
        builder.HasKey(w => w.Id);
        builder.HasAlternateKey(w => new { w.Id, w.WorkspaceId });
        builder.HasOne<Workspace>().WithMany().HasForeignKey(w => w.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProviderConnection>().WithMany()
            .HasForeignKey(w => new { w.ConnectionId, w.WorkspaceId }).HasPrincipalKey(c => new { c.Id, c.WorkspaceId })
            .OnDelete(DeleteBehavior.Restrict);
        // A partner's client id names one work per connection.
        builder.HasIndex(w => new { w.ConnectionId, w.ExternalId }).IsUnique();
        builder.HasIndex(w => w.WorkspaceId);
    }
}
