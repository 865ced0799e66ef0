using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobGraph.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class JobTaskFactsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_ConnectionJobId_WorkspaceId",
                table: "Tasks");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_ConnectionJobId_WorkspaceId_Kind_WorkArtifactId_CreatedAt_Id_JobWorkId_Status",
                table: "Tasks",
                columns: new[] { "ConnectionJobId", "WorkspaceId", "Kind", "WorkArtifactId", "CreatedAt", "Id", "JobWorkId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_ConnectionJobId_WorkspaceId_Kind_WorkArtifactId_CreatedAt_Id_JobWorkId_Status",
                table: "Tasks");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_ConnectionJobId_WorkspaceId",
                table: "Tasks",
                columns: new[] { "ConnectionJobId", "WorkspaceId" });
        }
    }
}
