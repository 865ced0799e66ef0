using JobGraph.Server.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobGraph.Server.Data.Migrations
{
    /// <summary>
    /// Gives every task its job's workspace, and every parent table a unique (Id, WorkspaceId) index. A migration of its
    /// own, so both are in place before the next migration rebuilds the tables with composite foreign keys on them.
    /// </summary>
    [DbContext(typeof(JobGraphDbContext))]
    [Migration("20261126101700_AddTaskWorkspace")]
    public partial class AddTaskWorkspace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "WorkspaceId",
                table: "Tasks",
                type: "TEXT",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            // The next migration's table rebuilds copy rows into tables whose foreign keys reference (Id, WorkspaceId);
            // SQLite checks such a key only against a unique index, so the parents get one before the copy.
            migrationBuilder.CreateIndex(name: "UX_Connections_Id_WorkspaceId", table: "Connections", columns: new[] { "Id", "WorkspaceId" }, unique: true);
            migrationBuilder.CreateIndex(name: "UX_ConnectionJobs_Id_WorkspaceId", table: "ConnectionJobs", columns: new[] { "Id", "WorkspaceId" }, unique: true);
            migrationBuilder.CreateIndex(name: "UX_Works_Id_WorkspaceId", table: "Works", columns: new[] { "Id", "WorkspaceId" }, unique: true);
            migrationBuilder.CreateIndex(name: "UX_JobWorks_Id_WorkspaceId", table: "JobWorks", columns: new[] { "Id", "WorkspaceId" }, unique: true);
            migrationBuilder.CreateIndex(name: "UX_WorkArtifacts_Id_WorkspaceId", table: "WorkArtifacts", columns: new[] { "Id", "WorkspaceId" }, unique: true);

            migrationBuilder.Sql(
                "UPDATE \"Tasks\" SET \"WorkspaceId\" = (SELECT j.\"WorkspaceId\" FROM \"ConnectionJobs\" j WHERE j.\"Id\" = \"Tasks\".\"ConnectionJobId\")");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"UX_Connections_Id_WorkspaceId\"");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"UX_ConnectionJobs_Id_WorkspaceId\"");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"UX_Works_Id_WorkspaceId\"");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"UX_JobWorks_Id_WorkspaceId\"");
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"UX_WorkArtifacts_Id_WorkspaceId\"");

            migrationBuilder.DropColumn(
                name: "WorkspaceId",
                table: "Tasks");
        }
    }
}
