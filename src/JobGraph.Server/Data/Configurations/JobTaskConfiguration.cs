using JobGraph.Server.Artifacts;
using JobGraph.Server.Jobs;
using JobGraph.Server.Works;
using JobGraph.Server.Workspaces;
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
        builder.Property(t => t.ErrorCode).HasMaxLength(64);
        builder.Property(t => t.FileSha256).HasMaxLength(64);
        builder.Property(t => t.FileMimeType).HasMaxLength(128);
        // Each parent is referenced with the task's workspace: a task cannot join rows of another tenant.
        builder.HasOne<ConnectionJob>().WithMany()
            .HasForeignKey(t => new { t.ConnectionJobId, t.WorkspaceId }).HasPrincipalKey(j => new { j.Id, j.WorkspaceId })
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<JobWork>().WithMany()
            .HasForeignKey(t => new { t.JobWorkId, t.WorkspaceId }).HasPrincipalKey(jw => new { jw.Id, jw.WorkspaceId })
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Work>().WithMany()
            .HasForeignKey(t => new { t.WorkId, t.WorkspaceId }).HasPrincipalKey(w => new { w.Id, w.WorkspaceId })
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WorkArtifact>().WithMany()
            .HasForeignKey(t => new { t.WorkArtifactId, t.WorkspaceId }).HasPrincipalKey(a => new { a.Id, a.WorkspaceId })
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(t => t.WorkspaceId).OnDelete(DeleteBehavior.Restrict);
        // Status lookups load tasks by job, by work and by artifact (the foreign keys' indexes); the worker claims by status.
        builder.HasIndex(t => new { t.Status, t.CreatedAt });
        // An artifact's latest fetch (newest CreatedAt, then Id) is one seek in this index, with no sort: the job artifacts
        // query looks it up for every artifact it lists, and reads its status from the index alone when it shows nothing
        // else of it. It leads with the artifact's foreign key, so it serves that too.
        builder.HasIndex(t => new { t.WorkArtifactId, t.WorkspaceId, t.Kind, t.CreatedAt, t.Id, t.Status });
        // Each job's tasks by kind and target (artifact), attempts at one target in creation order, with their state and
        // job work: what a job's status, outcome and progress read of every task (JobTaskFactsByConnectionJobIdLoader),
        // read from this index alone, in its order. A running task's start and name come from its row. It leads with the
        // job's foreign key, so it serves that too.
        builder.HasIndex(t => new { t.ConnectionJobId, t.WorkspaceId, t.Kind, t.WorkArtifactId, t.CreatedAt, t.Id, t.JobWorkId, t.Status });
    }
}
