using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobGraph.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class WritePathAndTenantKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ConnectionJobs_Connections_ConnectionId",
                table: "ConnectionJobs");

            migrationBuilder.DropForeignKey(
                name: "FK_JobArtifacts_ConnectionJobs_ConnectionJobId",
                table: "JobArtifacts");

            migrationBuilder.DropForeignKey(
                name: "FK_JobArtifacts_JobWorks_JobWorkId",
                table: "JobArtifacts");

            migrationBuilder.DropForeignKey(
                name: "FK_JobArtifacts_WorkArtifacts_WorkArtifactId",
                table: "JobArtifacts");

            migrationBuilder.DropForeignKey(
                name: "FK_JobWorks_ConnectionJobs_ConnectionJobId",
                table: "JobWorks");

            migrationBuilder.DropForeignKey(
                name: "FK_JobWorks_Connections_ConnectionId",
                table: "JobWorks");

            migrationBuilder.DropForeignKey(
                name: "FK_JobWorks_Works_WorkId",
                table: "JobWorks");

            migrationBuilder.DropForeignKey(
                name: "FK_Tasks_ConnectionJobs_ConnectionJobId",
                table: "Tasks");

            migrationBuilder.DropForeignKey(
                name: "FK_Tasks_JobWorks_JobWorkId",
                table: "Tasks");

            migrationBuilder.DropForeignKey(
                name: "FK_Tasks_WorkArtifacts_WorkArtifactId",
                table: "Tasks");

            migrationBuilder.DropForeignKey(
                name: "FK_Tasks_Works_WorkId",
                table: "Tasks");

            migrationBuilder.DropForeignKey(
                name: "FK_WorkArtifacts_Connections_ConnectionId",
                table: "WorkArtifacts");

            migrationBuilder.DropForeignKey(
                name: "FK_WorkArtifacts_Works_WorkId",
                table: "WorkArtifacts");

            migrationBuilder.DropForeignKey(
                name: "FK_Works_Connections_ConnectionId",
                table: "Works");

            migrationBuilder.DropIndex(
                name: "IX_WorkArtifacts_ConnectionId",
                table: "WorkArtifacts");

            migrationBuilder.DropIndex(
                name: "IX_WorkArtifacts_WorkId",
                table: "WorkArtifacts");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_ConnectionJobId",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_JobWorkId",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_WorkArtifactId",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_WorkId",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_JobWorks_WorkId",
                table: "JobWorks");

            migrationBuilder.DropIndex(
                name: "IX_JobArtifacts_ConnectionJobId",
                table: "JobArtifacts");

            migrationBuilder.DropIndex(
                name: "IX_JobArtifacts_WorkArtifactId",
                table: "JobArtifacts");

            migrationBuilder.DropIndex(
                name: "IX_ConnectionJobs_ConnectionId",
                table: "ConnectionJobs");

            migrationBuilder.AddColumn<string>(
                name: "ErrorCode",
                table: "Tasks",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FileMimeType",
                table: "Tasks",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FileSha256",
                table: "Tasks",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FileSize",
                table: "Tasks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LeaseExpiresAt",
                table: "Tasks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RunAfter",
                table: "Tasks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddUniqueConstraint(
                name: "AK_Works_Id_WorkspaceId",
                table: "Works",
                columns: new[] { "Id", "WorkspaceId" });

            migrationBuilder.AddUniqueConstraint(
                name: "AK_WorkArtifacts_Id_WorkspaceId",
                table: "WorkArtifacts",
                columns: new[] { "Id", "WorkspaceId" });

            migrationBuilder.AddUniqueConstraint(
                name: "AK_JobWorks_Id_WorkspaceId",
                table: "JobWorks",
                columns: new[] { "Id", "WorkspaceId" });

            migrationBuilder.AddUniqueConstraint(
                name: "AK_Connections_Id_WorkspaceId",
                table: "Connections",
                columns: new[] { "Id", "WorkspaceId" });

            migrationBuilder.AddUniqueConstraint(
                name: "AK_ConnectionJobs_Id_WorkspaceId",
                table: "ConnectionJobs",
                columns: new[] { "Id", "WorkspaceId" });

            migrationBuilder.CreateIndex(
                name: "IX_Works_ConnectionId_WorkspaceId",
                table: "Works",
                columns: new[] { "ConnectionId", "WorkspaceId" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkArtifacts_ConnectionId_WorkspaceId",
                table: "WorkArtifacts",
                columns: new[] { "ConnectionId", "WorkspaceId" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkArtifacts_WorkId_ExternalId",
                table: "WorkArtifacts",
                columns: new[] { "WorkId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkArtifacts_WorkId_WorkspaceId",
                table: "WorkArtifacts",
                columns: new[] { "WorkId", "WorkspaceId" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_ConnectionJobId_WorkspaceId",
                table: "Tasks",
                columns: new[] { "ConnectionJobId", "WorkspaceId" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_JobWorkId_WorkspaceId",
                table: "Tasks",
                columns: new[] { "JobWorkId", "WorkspaceId" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_WorkArtifactId_WorkspaceId",
                table: "Tasks",
                columns: new[] { "WorkArtifactId", "WorkspaceId" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_WorkId_WorkspaceId",
                table: "Tasks",
                columns: new[] { "WorkId", "WorkspaceId" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_WorkspaceId",
                table: "Tasks",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_JobWorks_ConnectionId_WorkspaceId",
                table: "JobWorks",
                columns: new[] { "ConnectionId", "WorkspaceId" });

            migrationBuilder.CreateIndex(
                name: "IX_JobWorks_ConnectionJobId_WorkspaceId",
                table: "JobWorks",
                columns: new[] { "ConnectionJobId", "WorkspaceId" });

            migrationBuilder.CreateIndex(
                name: "IX_JobWorks_WorkId_WorkspaceId",
                table: "JobWorks",
                columns: new[] { "WorkId", "WorkspaceId" });

            migrationBuilder.CreateIndex(
                name: "IX_JobArtifacts_ConnectionJobId_WorkspaceId",
                table: "JobArtifacts",
                columns: new[] { "ConnectionJobId", "WorkspaceId" });

            migrationBuilder.CreateIndex(
                name: "IX_JobArtifacts_JobWorkId_WorkspaceId",
                table: "JobArtifacts",
                columns: new[] { "JobWorkId", "WorkspaceId" });

            migrationBuilder.CreateIndex(
                name: "IX_JobArtifacts_WorkArtifactId_WorkspaceId",
                table: "JobArtifacts",
                columns: new[] { "WorkArtifactId", "WorkspaceId" });

            migrationBuilder.CreateIndex(
                name: "IX_ConnectionJobs_ConnectionId_WorkspaceId",
                table: "ConnectionJobs",
                columns: new[] { "ConnectionId", "WorkspaceId" });

            migrationBuilder.AddForeignKey(
                name: "FK_ConnectionJobs_Connections_ConnectionId_WorkspaceId",
                table: "ConnectionJobs",
                columns: new[] { "ConnectionId", "WorkspaceId" },
                principalTable: "Connections",
                principalColumns: new[] { "Id", "WorkspaceId" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_JobArtifacts_ConnectionJobs_ConnectionJobId_WorkspaceId",
                table: "JobArtifacts",
                columns: new[] { "ConnectionJobId", "WorkspaceId" },
                principalTable: "ConnectionJobs",
                principalColumns: new[] { "Id", "WorkspaceId" },
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_JobArtifacts_JobWorks_JobWorkId_WorkspaceId",
                table: "JobArtifacts",
                columns: new[] { "JobWorkId", "WorkspaceId" },
                principalTable: "JobWorks",
                principalColumns: new[] { "Id", "WorkspaceId" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_JobArtifacts_WorkArtifacts_WorkArtifactId_WorkspaceId",
                table: "JobArtifacts",
                columns: new[] { "WorkArtifactId", "WorkspaceId" },
                principalTable: "WorkArtifacts",
                principalColumns: new[] { "Id", "WorkspaceId" },
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_JobWorks_ConnectionJobs_ConnectionJobId_WorkspaceId",
                table: "JobWorks",
                columns: new[] { "ConnectionJobId", "WorkspaceId" },
                principalTable: "ConnectionJobs",
                principalColumns: new[] { "Id", "WorkspaceId" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_JobWorks_Connections_ConnectionId_WorkspaceId",
                table: "JobWorks",
                columns: new[] { "ConnectionId", "WorkspaceId" },
                principalTable: "Connections",
                principalColumns: new[] { "Id", "WorkspaceId" },
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_JobWorks_Works_WorkId_WorkspaceId",
                table: "JobWorks",
                columns: new[] { "WorkId", "WorkspaceId" },
                principalTable: "Works",
                principalColumns: new[] { "Id", "WorkspaceId" },
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Tasks_ConnectionJobs_ConnectionJobId_WorkspaceId",
                table: "Tasks",
                columns: new[] { "ConnectionJobId", "WorkspaceId" },
                principalTable: "ConnectionJobs",
                principalColumns: new[] { "Id", "WorkspaceId" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Tasks_JobWorks_JobWorkId_WorkspaceId",
                table: "Tasks",
                columns: new[] { "JobWorkId", "WorkspaceId" },
                principalTable: "JobWorks",
                principalColumns: new[] { "Id", "WorkspaceId" },
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Tasks_WorkArtifacts_WorkArtifactId_WorkspaceId",
                table: "Tasks",
                columns: new[] { "WorkArtifactId", "WorkspaceId" },
                principalTable: "WorkArtifacts",
                principalColumns: new[] { "Id", "WorkspaceId" },
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Tasks_Works_WorkId_WorkspaceId",
                table: "Tasks",
                columns: new[] { "WorkId", "WorkspaceId" },
                principalTable: "Works",
                principalColumns: new[] { "Id", "WorkspaceId" },
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Tasks_Workspaces_WorkspaceId",
                table: "Tasks",
                column: "WorkspaceId",
                principalTable: "Workspaces",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_WorkArtifacts_Connections_ConnectionId_WorkspaceId",
                table: "WorkArtifacts",
                columns: new[] { "ConnectionId", "WorkspaceId" },
                principalTable: "Connections",
                principalColumns: new[] { "Id", "WorkspaceId" },
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_WorkArtifacts_Works_WorkId_WorkspaceId",
                table: "WorkArtifacts",
                columns: new[] { "WorkId", "WorkspaceId" },
                principalTable: "Works",
                principalColumns: new[] { "Id", "WorkspaceId" },
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Works_Connections_ConnectionId_WorkspaceId",
                table: "Works",
                columns: new[] { "ConnectionId", "WorkspaceId" },
                principalTable: "Connections",
                principalColumns: new[] { "Id", "WorkspaceId" },
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ConnectionJobs_Connections_ConnectionId_WorkspaceId",
                table: "ConnectionJobs");

            migrationBuilder.DropForeignKey(
                name: "FK_JobArtifacts_ConnectionJobs_ConnectionJobId_WorkspaceId",
                table: "JobArtifacts");

            migrationBuilder.DropForeignKey(
                name: "FK_JobArtifacts_JobWorks_JobWorkId_WorkspaceId",
                table: "JobArtifacts");

            migrationBuilder.DropForeignKey(
                name: "FK_JobArtifacts_WorkArtifacts_WorkArtifactId_WorkspaceId",
                table: "JobArtifacts");

            migrationBuilder.DropForeignKey(
                name: "FK_JobWorks_ConnectionJobs_ConnectionJobId_WorkspaceId",
                table: "JobWorks");

            migrationBuilder.DropForeignKey(
                name: "FK_JobWorks_Connections_ConnectionId_WorkspaceId",
                table: "JobWorks");

            migrationBuilder.DropForeignKey(
                name: "FK_JobWorks_Works_WorkId_WorkspaceId",
                table: "JobWorks");

            migrationBuilder.DropForeignKey(
                name: "FK_Tasks_ConnectionJobs_ConnectionJobId_WorkspaceId",
                table: "Tasks");

            migrationBuilder.DropForeignKey(
                name: "FK_Tasks_JobWorks_JobWorkId_WorkspaceId",
                table: "Tasks");

            migrationBuilder.DropForeignKey(
                name: "FK_Tasks_WorkArtifacts_WorkArtifactId_WorkspaceId",
                table: "Tasks");

            migrationBuilder.DropForeignKey(
                name: "FK_Tasks_Works_WorkId_WorkspaceId",
                table: "Tasks");

            migrationBuilder.DropForeignKey(
                name: "FK_Tasks_Workspaces_WorkspaceId",
                table: "Tasks");

            migrationBuilder.DropForeignKey(
                name: "FK_WorkArtifacts_Connections_ConnectionId_WorkspaceId",
                table: "WorkArtifacts");

            migrationBuilder.DropForeignKey(
                name: "FK_WorkArtifacts_Works_WorkId_WorkspaceId",
                table: "WorkArtifacts");

            migrationBuilder.DropForeignKey(
                name: "FK_Works_Connections_ConnectionId_WorkspaceId",
                table: "Works");

            migrationBuilder.DropUniqueConstraint(
                name: "AK_Works_Id_WorkspaceId",
                table: "Works");

            migrationBuilder.DropIndex(
                name: "IX_Works_ConnectionId_WorkspaceId",
                table: "Works");

            migrationBuilder.DropUniqueConstraint(
                name: "AK_WorkArtifacts_Id_WorkspaceId",
                table: "WorkArtifacts");

            migrationBuilder.DropIndex(
                name: "IX_WorkArtifacts_ConnectionId_WorkspaceId",
                table: "WorkArtifacts");

            migrationBuilder.DropIndex(
                name: "IX_WorkArtifacts_WorkId_ExternalId",
                table: "WorkArtifacts");

            migrationBuilder.DropIndex(
                name: "IX_WorkArtifacts_WorkId_WorkspaceId",
                table: "WorkArtifacts");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_ConnectionJobId_WorkspaceId",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_JobWorkId_WorkspaceId",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_WorkArtifactId_WorkspaceId",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_WorkId_WorkspaceId",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_WorkspaceId",
                table: "Tasks");

            migrationBuilder.DropUniqueConstraint(
                name: "AK_JobWorks_Id_WorkspaceId",
                table: "JobWorks");

            migrationBuilder.DropIndex(
                name: "IX_JobWorks_ConnectionId_WorkspaceId",
                table: "JobWorks");

            migrationBuilder.DropIndex(
                name: "IX_JobWorks_ConnectionJobId_WorkspaceId",
                table: "JobWorks");

            migrationBuilder.DropIndex(
                name: "IX_JobWorks_WorkId_WorkspaceId",
                table: "JobWorks");

            migrationBuilder.DropIndex(
                name: "IX_JobArtifacts_ConnectionJobId_WorkspaceId",
                table: "JobArtifacts");

            migrationBuilder.DropIndex(
                name: "IX_JobArtifacts_JobWorkId_WorkspaceId",
                table: "JobArtifacts");

            migrationBuilder.DropIndex(
                name: "IX_JobArtifacts_WorkArtifactId_WorkspaceId",
                table: "JobArtifacts");

            migrationBuilder.DropUniqueConstraint(
                name: "AK_Connections_Id_WorkspaceId",
                table: "Connections");

            migrationBuilder.DropUniqueConstraint(
                name: "AK_ConnectionJobs_Id_WorkspaceId",
                table: "ConnectionJobs");

            migrationBuilder.DropIndex(
                name: "IX_ConnectionJobs_ConnectionId_WorkspaceId",
                table: "ConnectionJobs");

            migrationBuilder.DropColumn(
                name: "ErrorCode",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "FileMimeType",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "FileSha256",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "FileSize",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "LeaseExpiresAt",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "RunAfter",
                table: "Tasks");

            migrationBuilder.CreateIndex(
                name: "IX_WorkArtifacts_ConnectionId",
                table: "WorkArtifacts",
                column: "ConnectionId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkArtifacts_WorkId",
                table: "WorkArtifacts",
                column: "WorkId");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_ConnectionJobId",
                table: "Tasks",
                column: "ConnectionJobId");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_JobWorkId",
                table: "Tasks",
                column: "JobWorkId");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_WorkArtifactId",
                table: "Tasks",
                column: "WorkArtifactId");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_WorkId",
                table: "Tasks",
                column: "WorkId");

            migrationBuilder.CreateIndex(
                name: "IX_JobWorks_WorkId",
                table: "JobWorks",
                column: "WorkId");

            migrationBuilder.CreateIndex(
                name: "IX_JobArtifacts_ConnectionJobId",
                table: "JobArtifacts",
                column: "ConnectionJobId");

            migrationBuilder.CreateIndex(
                name: "IX_JobArtifacts_WorkArtifactId",
                table: "JobArtifacts",
                column: "WorkArtifactId");

            migrationBuilder.CreateIndex(
                name: "IX_ConnectionJobs_ConnectionId",
                table: "ConnectionJobs",
                column: "ConnectionId");

            migrationBuilder.AddForeignKey(
                name: "FK_ConnectionJobs_Connections_ConnectionId",
                table: "ConnectionJobs",
                column: "ConnectionId",
                principalTable: "Connections",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_JobArtifacts_ConnectionJobs_ConnectionJobId",
                table: "JobArtifacts",
                column: "ConnectionJobId",
                principalTable: "ConnectionJobs",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_JobArtifacts_JobWorks_JobWorkId",
                table: "JobArtifacts",
                column: "JobWorkId",
                principalTable: "JobWorks",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_JobArtifacts_WorkArtifacts_WorkArtifactId",
                table: "JobArtifacts",
                column: "WorkArtifactId",
                principalTable: "WorkArtifacts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_JobWorks_ConnectionJobs_ConnectionJobId",
                table: "JobWorks",
                column: "ConnectionJobId",
                principalTable: "ConnectionJobs",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_JobWorks_Connections_ConnectionId",
                table: "JobWorks",
                column: "ConnectionId",
                principalTable: "Connections",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_JobWorks_Works_WorkId",
                table: "JobWorks",
                column: "WorkId",
                principalTable: "Works",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Tasks_ConnectionJobs_ConnectionJobId",
                table: "Tasks",
                column: "ConnectionJobId",
                principalTable: "ConnectionJobs",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Tasks_JobWorks_JobWorkId",
                table: "Tasks",
                column: "JobWorkId",
                principalTable: "JobWorks",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Tasks_WorkArtifacts_WorkArtifactId",
                table: "Tasks",
                column: "WorkArtifactId",
                principalTable: "WorkArtifacts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Tasks_Works_WorkId",
                table: "Tasks",
                column: "WorkId",
                principalTable: "Works",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_WorkArtifacts_Connections_ConnectionId",
                table: "WorkArtifacts",
                column: "ConnectionId",
                principalTable: "Connections",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_WorkArtifacts_Works_WorkId",
                table: "WorkArtifacts",
                column: "WorkId",
                principalTable: "Works",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Works_Connections_ConnectionId",
                table: "Works",
                column: "ConnectionId",
                principalTable: "Connections",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
