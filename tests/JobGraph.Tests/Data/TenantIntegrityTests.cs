using JobGraph.Server.Jobs;
using JobGraph.Tests.Fixtures;
using Microsoft.Data.Sqlite;

namespace JobGraph.Tests.Data;

/// <summary>
/// Rows whose parents live in another workspace, written straight into the database: the composite foreign keys
/// refuse them, and when written around the keys the API still shows the caller nothing of the other tenant.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class TenantIntegrityTests(ServerFixture server)
{
    private const string JobWorkSql = """
        INSERT INTO JobWorks (Id, WorkspaceId, ConnectionId, ConnectionJobId, WorkId, CreatedAt, UpdatedAt)
        VALUES ($id, $workspace, $connection, $job, $work, $at, $at)
        """;

    private const string JobArtifactSql = """
        INSERT INTO JobArtifacts (Id, WorkspaceId, ConnectionJobId, JobWorkId, WorkArtifactId, CreatedAt, UpdatedAt)
        VALUES ($id, $workspace, $job, $jobWork, $artifact, $at, $at)
        """;

    private const string TaskSql = """
        INSERT INTO Tasks (Id, WorkspaceId, ConnectionJobId, Kind, Name, JobWorkId, WorkId, WorkArtifactId, Status, Attempts, CreatedAt, UpdatedAt)
        VALUES ($id, $workspace, $job, 'FetchArtifact', 'Fetch foreign', $jobWork, $work, $artifact, 'Failed', 1, $at, $at)
        """;

    private const string TreeQuery = """
        query Tree($workspaceId: ID!, $connectionId: ID!, $jobWorkIds: [ID!], $jobIds: [ID!]) {
          me {
            workspaces(filters: { ids: [$workspaceId] }) {
              connections(filters: { ids: [$connectionId] }) {
                jobWorks(filters: { ids: $jobWorkIds }) {
                  id
                  work { id }
                  connectionJob { id }
                  jobWorkArtifacts { id workArtifact { id status } }
                }
                connectionJobs(filters: { ids: $jobIds }) { id status progress { completedSteps totalSteps } tasks { id } }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task Rows_joining_another_workspaces_parents_are_refused_by_foreign_keys()
    {
        // Arrange
        var (a, b, _) = await SeedTwoTenantsAsync();
        await using var connection = await OpenAsync(foreignKeys: true);

        // Act
        var jobWorkOnForeignJob = await TryInsertAsync(connection, JobWorkSql, ("$workspace", b.Job.WorkspaceId), ("$connection", b.Job.ConnectionId),
            ("$job", a.Job.Id), ("$work", b.Works[0].Id));
        var jobWorkOfForeignWork = await TryInsertAsync(connection, JobWorkSql, ("$workspace", b.Job.WorkspaceId), ("$connection", b.Job.ConnectionId),
            ("$job", b.Job.Id), ("$work", a.Works[0].Id));
        var jobArtifactOfForeignArtifact = await TryInsertAsync(connection, JobArtifactSql, ("$workspace", b.Job.WorkspaceId), ("$job", b.Job.Id),
            ("$jobWork", b.JobWorks[0].Id), ("$artifact", a.Artifacts[0].Id));
        var taskOfForeignJob = await TryInsertAsync(connection, TaskSql, ("$workspace", b.Job.WorkspaceId), ("$job", a.Job.Id),
            ("$jobWork", null), ("$work", null), ("$artifact", null));
        var taskOfForeignArtifact = await TryInsertAsync(connection, TaskSql, ("$workspace", b.Job.WorkspaceId), ("$job", b.Job.Id),
            ("$jobWork", b.JobWorks[0].Id), ("$work", b.Works[0].Id), ("$artifact", a.Artifacts[0].Id));
        var ownTask = await TryInsertAsync(connection, TaskSql, ("$workspace", b.Job.WorkspaceId), ("$job", b.Job.Id),
            ("$jobWork", b.JobWorks[0].Id), ("$work", b.Works[0].Id), ("$artifact", b.Artifacts[0].Id));

        // Assert
        Assert.Equal(
            [ForeignKeyFailed, ForeignKeyFailed, ForeignKeyFailed, ForeignKeyFailed, ForeignKeyFailed, "inserted"],
            [jobWorkOnForeignJob, jobWorkOfForeignWork, jobArtifactOfForeignArtifact, taskOfForeignJob, taskOfForeignArtifact, ownTask]);
    }

    [Fact]
    public async Task Rows_written_around_the_foreign_keys_never_show_the_other_tenants_data()
    {
        // Arrange
        var (a, b, tenantB) = await SeedTwoTenantsAsync();
        var onForeignJob = TestIds.New("jobwork");
        var ofForeignWork = TestIds.New("jobwork");
        await using (var sqlite = await OpenAsync(foreignKeys: false))
        {
            await InsertAsync(sqlite, JobWorkSql, ("$id", onForeignJob), ("$workspace", b.Job.WorkspaceId),
                ("$connection", b.Job.ConnectionId), ("$job", a.Job.Id), ("$work", b.Works[0].Id));
            await InsertAsync(sqlite, JobWorkSql, ("$id", ofForeignWork), ("$workspace", b.Job.WorkspaceId),
                ("$connection", b.Job.ConnectionId), ("$job", b.Job.Id), ("$work", a.Works[0].Id));
            await InsertAsync(sqlite, JobArtifactSql, ("$id", TestIds.New("jobartifact")), ("$workspace", b.Job.WorkspaceId),
                ("$job", b.Job.Id), ("$jobWork", b.JobWorks[0].Id), ("$artifact", a.Artifacts[0].Id));
            // Tasks of workspace A hung on B's job and B's artifact: failed, so they would change B's statuses if counted.
            await InsertAsync(sqlite, TaskSql, ("$id", TestIds.New("task")), ("$workspace", a.Job.WorkspaceId),
                ("$job", b.Job.Id), ("$jobWork", b.JobWorks[0].Id), ("$work", b.Works[0].Id), ("$artifact", b.Artifacts[0].Id));
        }

        var client = server.Client(tenantB.Token);

        // Act
        var response = await client.PostAsync(TreeQuery, new
        {
            workspaceId = b.Job.WorkspaceId,
            connectionId = b.Job.ConnectionId,
            jobWorkIds = new[] { b.JobWorks[0].Id },
            jobIds = new[] { b.Job.Id },
        });
        var foreignJob = await client.PostAsync(TreeQuery, new { workspaceId = b.Job.WorkspaceId, connectionId = b.Job.ConnectionId, jobWorkIds = new[] { onForeignJob }, jobIds = Array.Empty<string>() });
        var foreignWork = await client.PostAsync(TreeQuery, new { workspaceId = b.Job.WorkspaceId, connectionId = b.Job.ConnectionId, jobWorkIds = new[] { ofForeignWork }, jobIds = Array.Empty<string>() });

        // Assert
        var connection = MeTree.FirstConnection(response.AssertData());
        Assert.Equal(
            $$$"""[{"id":"{{{b.JobWorks[0].Id}}}","work":{"id":"{{{b.Works[0].Id}}}"},"connectionJob":{"id":"{{{b.Job.Id}}}"},"jobWorkArtifacts":[{"id":"{{{b.JobArtifacts[0].Id}}}","workArtifact":{"id":"{{{b.Artifacts[0].Id}}}","status":"pending"}}]}]""",
            connection["jobWorks"]!.ToJsonString());
        Assert.Equal(
            $$$"""[{"id":"{{{b.Job.Id}}}","status":"pending","progress":{"completedSteps":0,"totalSteps":1},"tasks":[{"id":"{{{b.Tasks[0].Id}}}"}]}]""",
            connection["connectionJobs"]!.ToJsonString());
        foreach (var shown in new[] { foreignJob, foreignWork })
        {
            Assert.DoesNotContain(a.Job.Id, shown.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(a.Works[0].Id, shown.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(a.Artifacts[0].Id, shown.Text, StringComparison.Ordinal);
        }
    }

    private const string ForeignKeyFailed = "FOREIGN KEY constraint failed";

    /// <summary>Two tenants, each with a job holding one work, one artifact and its queued fetch task.</summary>
    private async Task<(JobSeed A, JobSeed B, Tenant TenantB)> SeedTwoTenantsAsync()
    {
        var a = await SeedJobAsync(await server.CreateTenantAsync());
        var tenantB = await server.CreateTenantAsync();
        return (a, await SeedJobAsync(tenantB), tenantB);
    }

    private async Task<JobSeed> SeedJobAsync(Tenant tenant)
    {
        var seed = new JobSeed(tenant, importInitiated: false);
        seed.AddArtifact(seed.AddJobWork(), TaskState.Queued);
        await server.SeedAsync(seed.AddTo);
        return seed;
    }

    private async Task<SqliteConnection> OpenAsync(bool foreignKeys)
    {
        var connection = new SqliteConnection($"Data Source={server.DatabasePath}");
        await connection.OpenAsync();
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = foreignKeys ? "PRAGMA foreign_keys=ON;" : "PRAGMA foreign_keys=OFF;";
        await pragma.ExecuteNonQueryAsync();
        return connection;
    }

    /// <summary>Runs the insert with a fresh id; "inserted", or the SQLite error message that refused it.</summary>
    private static async Task<string> TryInsertAsync(SqliteConnection connection, string sql, params (string Name, string? Value)[] values)
    {
        try
        {
            await InsertAsync(connection, sql, [("$id", TestIds.New("row")), .. values]);
            return "inserted";
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
        {
            return ex.Message.Replace("SQLite Error 19: '", "", StringComparison.Ordinal).TrimEnd('.', '\'');
        }
    }

    private static async Task InsertAsync(SqliteConnection connection, string sql, params (string Name, string? Value)[] values)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$at", Tenant.Epoch.AddDays(1));
        foreach (var (name, value) in values)
        {
            command.Parameters.AddWithValue(name, (object?)value ?? DBNull.Value);
        }

        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
