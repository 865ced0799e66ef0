using JobGraph.Server.Artifacts;
using JobGraph.Server.Jobs;
using JobGraph.Server.Works;
using JobGraph.Server.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace JobGraph.Server.Data.Configurations;

public sealed class JobArtifactConfiguration : IEntityTypeConfiguration<JobArtifact>
{
    public void Configure(EntityTypeBuilder<JobArtifact> builder)
    {
        builder.HasKey(ja => ja.Id);
        builder.HasOne<JobWork>().WithMany(jw => jw.JobArtifacts).HasForeignKey(ja => ja.JobWorkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ConnectionJob>().WithMany().HasForeignKey(ja => ja.ConnectionJobId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(ja => ja.WorkArtifact).WithMany().HasForeignKey(ja => ja.WorkArtifactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(ja => ja.WorkspaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(ja => new { ja.JobWorkId, ja.WorkArtifactId }).IsUnique();
        builder.HasIndex(ja => ja.ConnectionJobId);
        builder.HasIndex(ja => ja.WorkArtifactId);
        builder.HasIndex(ja => ja.WorkspaceId);
    }
}
