using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobGraph.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class DropStoredUrl : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "StoredUrl",
                table: "WorkArtifacts");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "StoredUrl",
                table: "WorkArtifacts",
                type: "TEXT",
                maxLength: 2048,
                nullable: true);
        }
    }
}
