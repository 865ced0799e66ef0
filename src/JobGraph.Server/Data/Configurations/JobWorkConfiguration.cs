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
        builder.HasOne<ProviderConnection>().WithMany(c => c.JobWorks).HasForeignKey(jw => jw.ConnectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ConnectionJob>().WithMany(j => j.JobWorks).HasForeignKey(jw => jw.ConnectionJobId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Work>().WithMany().HasForeignKey(jw => jw.WorkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(jw => jw.WorkspaceId).OnDelete(DeleteBehavior.Restrict);
        // JobWorkFilters: connection (parent), connectionJobIds, workIds; a work appears once per job.
        builder.HasIndex(jw => new { jw.ConnectionId, jw.CreatedAt });
        builder.HasIndex(jw => new { jw.ConnectionJobId, jw.WorkId }).IsUnique();
        builder.HasIndex(jw => jw.WorkId);
        builder.HasIndex(jw => jw.WorkspaceId);
    }
}
