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
        builder.HasOne<JobWork>().WithMany(jw => jw.JobArtifacts)
            .HasForeignKey(ja => new { ja.JobWorkId, ja.WorkspaceId }).HasPrincipalKey(jw => new { jw.Id, jw.WorkspaceId })
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ConnectionJob>().WithMany()
            .HasForeignKey(ja => new { ja.ConnectionJobId, ja.WorkspaceId }).HasPrincipalKey(j => new { j.Id, j.WorkspaceId })
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(ja => ja.WorkArtifact).WithMany()
            .HasForeignKey(ja => new { ja.WorkArtifactId, ja.WorkspaceId }).HasPrincipalKey(a => new { a.Id, a.WorkspaceId })
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Workspace>().WithMany().HasForeignKey(ja => ja.WorkspaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(ja => new { ja.JobWorkId, ja.WorkArtifactId }).IsUnique();
        builder.HasIndex(ja => ja.WorkspaceId);
    }
}
