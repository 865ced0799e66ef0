using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobGraph.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class LatestFetchStatusIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_WorkArtifactId_WorkspaceId_Kind_CreatedAt_Id",
                table: "Tasks");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_WorkArtifactId_WorkspaceId_Kind_CreatedAt_Id_Status",
                table: "Tasks",
                columns: new[] { "WorkArtifactId", "WorkspaceId", "Kind", "CreatedAt", "Id", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_WorkArtifactId_WorkspaceId_Kind_CreatedAt_Id_Status",
                table: "Tasks");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_WorkArtifactId_WorkspaceId_Kind_CreatedAt_Id",
                table: "Tasks",
                columns: new[] { "WorkArtifactId", "WorkspaceId", "Kind", "CreatedAt", "Id" });
        }
    }
}
