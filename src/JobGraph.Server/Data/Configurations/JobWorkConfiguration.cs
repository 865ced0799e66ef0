using JobGraph.Server.Connections;
using JobGraph.Server.Jobs;
using JobGraph.Server.Works;
using JobGraph.Server.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobGraph.Server.Data.Configurations;

public sealed class JobWorkConfiguration : IEntityTypeConfiguration<JobWork>
{
    public void Configure(EntityTypeBuilder<JobWork> builder)
    {
        builder.HasKey(jw => jw.Id);
        builder.HasAlternateKey(jw => new { jw.Id, jw.WorkspaceId });
        // Every parent is referenced together with the workspace: a job work cannot join another tenant's job or work.
        builder.HasOne<ProviderConnection>().WithMany(c => c.JobWorks)
            .HasForeignKey(jw => new { jw.ConnectionId, jw.WorkspaceId }).HasPrincipalKey(c => new { c.Id, c.WorkspaceId })
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ConnectionJob>().WithMany(j => j.JobWorks)
            .HasForeignKey(jw => new { jw.ConnectionJobId, jw.WorkspaceId }).HasPrincipalKey(j => new { j.Id, j.WorkspaceId })
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Work>().WithMany()
            .HasForeignKey(jw => new { jw.WorkId, jw.WorkspaceId }).HasPrincipalKey(w => new { w.Id, w.WorkspaceId })
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(jw => jw.WorkspaceId).OnDelete(DeleteBehavior.Restrict);
        // JobWorkFilters: connection (parent), connectionJobIds, workIds; a work appears once per job.
        builder.HasIndex(jw => new { jw.ConnectionId, jw.CreatedAt });
        builder.HasIndex(jw => new { jw.ConnectionJobId, jw.WorkId }).IsUnique();
        builder.HasIndex(jw => jw.WorkspaceId);
    }
}
