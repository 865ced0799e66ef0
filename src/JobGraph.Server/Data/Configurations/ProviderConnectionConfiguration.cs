using JobGraph.Server.Connections;
using JobGraph.Server.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobGraph.Server.Data.Configurations;

public sealed class ProviderConnectionConfiguration : IEntityTypeConfiguration<ProviderConnection>
{
    public void Configure(EntityTypeBuilder<ProviderConnection> builder)
    {
        builder.ToTable("Connections");
        builder.HasKey(c => c.Id);
        // Children reference (Id, WorkspaceId), so a row can only point at a connection of its own workspace.
        builder.HasAlternateKey(c => new { c.Id, c.WorkspaceId });
        builder.Property(c => c.Status).HasMaxLength(32);
        builder.Property(c => c.SettingsJson).HasMaxLength(65536);
        builder.HasOne<Workspace>().WithMany(w => w.Connections).HasForeignKey(c => c.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Provider).WithMany().HasForeignKey(c => c.ProviderKey).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.WorkspaceId);
        builder.HasIndex(c => c.ProviderKey);
    }
}
