using JobGraph.Server.Artifacts;
using JobGraph.Server.Jobs;
using JobGraph.Server.Works;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobGraph.Server.Data.Configurations;

public sealed class JobTaskConfiguration : IEntityTypeConfiguration<JobTask>
{
    public void Configure(EntityTypeBuilder<JobTask> builder)
    {
        builder.ToTable("Tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Error).HasMaxLength(4096);
        builder.HasOne<ConnectionJob>().WithMany().HasForeignKey(t => t.ConnectionJobId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<JobWork>().WithMany().HasForeignKey(t => t.JobWorkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Work>().WithMany().HasForeignKey(t => t.WorkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WorkArtifact>().WithMany().HasForeignKey(t => t.WorkArtifactId).OnDelete(DeleteBehavior.Restrict);
        // Status lookups load tasks by job, by work and by artifact; the worker later claims by status.
        builder.HasIndex(t => t.ConnectionJobId);
        builder.HasIndex(t => t.JobWorkId);
        builder.HasIndex(t => t.WorkId);
        builder.HasIndex(t => t.WorkArtifactId);
        builder.HasIndex(t => new { t.Status, t.CreatedAt });
    }
}
