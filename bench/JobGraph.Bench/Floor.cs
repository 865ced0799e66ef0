using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using JobGraph.Server.Auth;
using JobGraph.Server.Jobs;
using JobGraph.Server.Schema;
using Microsoft.Data.Sqlite;

namespace JobGraph.Bench;

/// <summary>
/// The floor: the benchmark's scenarios answered by hand-written SQL (3 statements or fewer) and a
/// <see cref="Utf8JsonWriter"/> on the response body, byte for byte what JobGraph answers. Not a GraphQL server: it
/// knows the benchmark's operations by name and nothing else.
/// </summary>
public sealed class Floor(string connectionString, byte[] signingKey, string publicBaseUrl)
{
    private const string Fetch = nameof(TaskKind.FetchArtifact);

    public async Task HandleAsync(HttpContext http)
    {
        using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
        var root = body.RootElement;
        var operation = root.TryGetProperty("operationName", out var name) && name.ValueKind == JsonValueKind.String
            ? name.GetString()!
            : OperationName(root.GetProperty("query").GetString()!);
        var variables = root.TryGetProperty("variables", out var v) ? v : default;

        await using var db = new SqliteConnection(connectionString);
        await db.OpenAsync(http.RequestAborted);
        var userId = await UserAsync(db, http.Request);
        http.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(http.Response.BodyWriter);
        json.WriteStartObject();
        json.WritePropertyName("data");
        json.WriteStartObject();
        json.WritePropertyName("me");
        if (userId is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStartObject();
            var workspaceId = variables.GetProperty("workspaceId").GetString()!;
            var connectionId = variables.GetProperty("connectionId").GetString()!;
            var scope = await ScopeAsync(db, userId, workspaceId, connectionId, http.RequestAborted);
            json.WriteStartArray("workspaces");
            if (scope.Workspace)
            {
                json.WriteStartObject();
                if (operation != "PollJobs")
                {
                    json.WriteString("id", workspaceId);
                }

                json.WriteStartArray("connections");
                if (scope.Connection)
                {
                    json.WriteStartObject();
                    switch (operation)
                    {
                        case "MonitorConnectionJobArtifacts" or "MonitorPage":
                            json.WriteString("id", connectionId);
                            await MonitorAsync(db, json, "jobWorks", connectionId, variables,
                                variables.TryGetProperty("limit", out var limit) ? limit.GetInt32() : -1,
                                variables.TryGetProperty("offset", out var offset) ? offset.GetInt32() : 0, http.RequestAborted);
                            break;
                        case "MonitorPages":
                            // operations/MonitorPages.graphql: two pages of 1,000 job works after job_work_456.
                            json.WriteString("id", connectionId);
                            await MonitorAsync(db, json, "first", connectionId, variables, 1000, 1, http.RequestAborted);
                            await MonitorAsync(db, json, "second", connectionId, variables, 1000, 1001, http.RequestAborted);
                            break;
                        case "GetJobWorkArtifactStatus":
                            json.WriteString("id", connectionId);
                            await StatusAsync(db, json, connectionId, variables, http.RequestAborted);
                            break;
                        case "PollJobs":
                            await PollAsync(db, json, connectionId, http.RequestAborted);
                            break;
                        default:
                            throw new InvalidOperationException($"The floor does not know the operation '{operation}'.");
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(http.RequestAborted);
    }

    private static string OperationName(string query)
    {
        var start = query.IndexOf("query ", StringComparison.Ordinal) + 6;
        var end = query.IndexOfAny(['(', ' ', '{'], start);
        return query[start..end];
    }

    private static async Task<string?> UserAsync(SqliteConnection db, HttpRequest request)
    {
        if (BearerTokenHandler.TokenOf(request) is not { } token)
        {
            return null;
        }

        await using var command = db.CreateCommand();
        command.CommandText = """
            SELECT "UserId" FROM "ApiTokens"
            WHERE "TokenHash" = $hash AND "RevokedAt" IS NULL AND ("ExpiresAt" IS NULL OR "ExpiresAt" > $now)
            """;
        command.Parameters.AddWithValue("$hash", TokenHasher.Hash(token));
        command.Parameters.AddWithValue("$now", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
        return await command.ExecuteScalarAsync() as string;
    }

    private static async Task<(bool Workspace, bool Connection)> ScopeAsync(
        SqliteConnection db, string userId, string workspaceId, string connectionId, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand();
        command.CommandText = """
            SELECT c."Id" FROM "WorkspaceMemberships" m
            LEFT JOIN "Connections" c ON c."WorkspaceId" = m."WorkspaceId" AND c."Id" = $connection
            WHERE m."UserId" = $user AND m."WorkspaceId" = $workspace
            """;
        command.Parameters.AddWithValue("$user", userId);
        command.Parameters.AddWithValue("$workspace", workspaceId);
        command.Parameters.AddWithValue("$connection", connectionId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (true, !reader.IsDBNull(0)) : (false, false);
    }

    private static async Task MonitorAsync(
        SqliteConnection db, Utf8JsonWriter json, string name, string connectionId, JsonElement variables, int limit, int offset, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand();
        command.CommandText = $"""
            WITH page AS (
              SELECT "Id", "WorkId", "WorkspaceId", "CreatedAt" FROM "JobWorks"
              WHERE "ConnectionId" = $connection AND "ConnectionJobId" = $job
              ORDER BY "CreatedAt", "Id" LIMIT $limit OFFSET $offset)
            SELECT p."Id", w."Name", w."ExternalId", ja."Id", wa."Name", wa."Type", wa."ExternalId",
              (SELECT t."Status" FROM "Tasks" t WHERE t."WorkArtifactId" = wa."Id" AND t."Kind" = '{Fetch}'
               ORDER BY t."CreatedAt" DESC, t."Id" DESC LIMIT 1)
            FROM page p
            JOIN "Works" w ON w."Id" = p."WorkId" AND w."WorkspaceId" = p."WorkspaceId"
            LEFT JOIN "JobArtifacts" ja ON ja."JobWorkId" = p."Id" AND ja."WorkspaceId" = p."WorkspaceId"
            LEFT JOIN "WorkArtifacts" wa ON wa."Id" = ja."WorkArtifactId" AND wa."WorkspaceId" = p."WorkspaceId"
            ORDER BY p."CreatedAt", p."Id", ja."CreatedAt", ja."Id"
            """;
        command.Parameters.AddWithValue("$connection", connectionId);
        command.Parameters.AddWithValue("$job", variables.GetProperty("connectionJobId").GetString());
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        json.WriteStartArray(name);
        string? current = null;
        while (await reader.ReadAsync(cancellationToken))
        {
            var jobWorkId = reader.GetString(0);
            if (jobWorkId != current)
            {
                if (current is not null)
                {
                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                current = jobWorkId;
                json.WriteStartObject();
                json.WriteString("id", jobWorkId);
                json.WriteStartObject("work");
                json.WriteString("name", reader.GetString(1));
                json.WriteString("externalId", reader.GetString(2));
                json.WriteEndObject();
                json.WriteStartArray("jobWorkArtifacts");
            }

            if (reader.IsDBNull(3))
            {
                continue;
            }

            json.WriteStartObject();
            json.WriteString("id", reader.GetString(3));
            json.WriteStartObject("workArtifact");
            json.WriteString("name", reader.GetString(4));
            json.WriteString("type", reader.GetString(5));
            json.WriteString("status", ArtifactStatus(reader.IsDBNull(7) ? null : Enum.Parse<TaskState>(reader.GetString(7))));
            json.WriteString("externalId", reader.GetString(6));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        if (current is not null)
        {
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private async Task StatusAsync(SqliteConnection db, Utf8JsonWriter json, string connectionId, JsonElement variables, CancellationToken cancellationToken)
    {
        var ids = variables.GetProperty("jobWorkFilters").GetProperty("ids").EnumerateArray().Select(e => e.GetString()).ToArray();
        await using var command = db.CreateCommand();
        command.CommandText = $"""
            SELECT jw."Id", w."Id", w."Name", w."ExternalId",
              ja."Id", ja."CreatedAt", ja."UpdatedAt", ja."WorkspaceId", ja."WorkArtifactId", ja."ConnectionJobId", ja."JobWorkId",
              wa."ExternalId", wa."CreatedAt", wa."UpdatedAt", wa."WorkId", wa."ConnectionId", wa."Name", wa."Type", wa."MetadataJson",
              t."Status", t."FileSha256", t."FileSize", t."FileMimeType", t."ErrorCode", t."Error", t."Attempts", t."CompletedAt"
            FROM "JobWorks" jw
            JOIN "Works" w ON w."Id" = jw."WorkId" AND w."WorkspaceId" = jw."WorkspaceId"
            LEFT JOIN "JobArtifacts" ja ON ja."JobWorkId" = jw."Id" AND ja."WorkspaceId" = jw."WorkspaceId"
            LEFT JOIN "WorkArtifacts" wa ON wa."Id" = ja."WorkArtifactId" AND wa."WorkspaceId" = jw."WorkspaceId"
            LEFT JOIN "Tasks" t ON t."Id" = (SELECT l."Id" FROM "Tasks" l WHERE l."WorkArtifactId" = wa."Id" AND l."Kind" = '{Fetch}'
              ORDER BY l."CreatedAt" DESC, l."Id" DESC LIMIT 1)
            WHERE jw."ConnectionId" = $connection AND jw."Id" IN (SELECT value FROM json_each($ids))
            ORDER BY jw."CreatedAt", jw."Id", ja."CreatedAt", ja."Id"
            """;
        command.Parameters.AddWithValue("$connection", connectionId);
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var expires = DateTimeOffset.UtcNow.Add(TimeSpan.FromMinutes(15)).ToUnixTimeSeconds();
        json.WriteStartArray("jobWorks");
        string? current = null;
        while (await reader.ReadAsync(cancellationToken))
        {
            var jobWorkId = reader.GetString(0);
            if (jobWorkId != current)
            {
                if (current is not null)
                {
                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                current = jobWorkId;
                json.WriteStartObject();
                json.WriteString("id", jobWorkId);
                json.WriteStartObject("work");
                json.WriteString("id", reader.GetString(1));
                json.WriteString("name", reader.GetString(2));
                json.WriteString("externalId", reader.GetString(3));
                json.WriteEndObject();
                json.WriteStartArray("jobWorkArtifacts");
            }

            if (reader.IsDBNull(4))
            {
                continue;
            }

            var artifactId = reader.GetString(8);
            json.WriteStartObject();
            json.WriteString("id", reader.GetString(4));
            json.WriteString("createdAt", Iso(reader.GetString(5)));
            json.WriteString("updatedAt", Iso(reader.GetString(6)));
            json.WriteString("workspaceId", reader.GetString(7));
            json.WriteString("artifactId", artifactId);
            json.WriteString("connectionJobId", reader.GetString(9));
            json.WriteString("jobWorkId", reader.GetString(10));
            json.WriteStartObject("workArtifact");
            json.WriteString("id", artifactId);
            json.WriteString("externalId", reader.GetString(11));
            json.WriteString("createdAt", Iso(reader.GetString(12)));
            json.WriteString("updatedAt", Iso(reader.GetString(13)));
            json.WriteString("workId", reader.GetString(14));
            json.WriteString("connectionId", reader.GetString(15));
            json.WriteString("name", reader.GetString(16));
            json.WriteString("type", reader.GetString(17));
            TaskState? state = reader.IsDBNull(19) ? null : Enum.Parse<TaskState>(reader.GetString(19));
            json.WriteString("status", ArtifactStatus(state));
            var sha256 = reader.IsDBNull(20) ? null : reader.GetString(20);
            if (state == TaskState.Complete && sha256 is not null)
            {
                json.WriteString("uploadedUrl", Link(artifactId, sha256, expires));
            }
            else
            {
                json.WriteNull("uploadedUrl");
            }

            json.WritePropertyName("metadata");
            WriteMetadata(json, reader.IsDBNull(18) ? null : reader.GetString(18), state, reader);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        if (current is not null)
        {
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    // ArtifactMetadata.Compose, written through: the stored object's members in order, the fetched file's values
    // replacing the partner's in place and appended when new, or an error object on a failed fetch.
    private static void WriteMetadata(Utf8JsonWriter json, string? stored, TaskState? state, SqliteDataReader reader)
    {
        if (state is not (TaskState.Complete or TaskState.Failed))
        {
            if (stored is null)
            {
                json.WriteNullValue();
            }
            else
            {
                json.WriteRawValue(stored, skipInputValidation: true);
            }

            return;
        }

        var overrides = new List<(string Name, object? Value)>();
        if (state == TaskState.Complete)
        {
            Add(overrides, "fileSize", reader.IsDBNull(21) ? null : reader.GetInt64(21));
            Add(overrides, "mimeType", reader.IsDBNull(22) ? null : reader.GetString(22));
            Add(overrides, "sha256", reader.IsDBNull(20) ? null : reader.GetString(20));
        }

        json.WriteStartObject();
        if (stored is not null)
        {
            using var document = JsonDocument.Parse(stored);
            foreach (var member in document.RootElement.EnumerateObject())
            {
                var index = overrides.FindIndex(o => o.Name == member.Name);
                if (index >= 0)
                {
                    WriteValue(json, member.Name, overrides[index].Value);
                    overrides.RemoveAt(index);
                }
                else
                {
                    member.WriteTo(json);
                }
            }
        }

        foreach (var (name, value) in overrides)
        {
            WriteValue(json, name, value);
        }

        if (state == TaskState.Failed)
        {
            json.WriteStartObject("error");
            if (reader.IsDBNull(23))
            {
                json.WriteNull("code");
            }
            else
            {
                json.WriteString("code", reader.GetString(23));
            }

            json.WriteString("message", reader.IsDBNull(24) ? "The file could not be fetched." : reader.GetString(24));
            json.WriteNumber("attempts", reader.GetInt32(25));
            if (reader.IsDBNull(26))
            {
                json.WriteNull("failedAt");
            }
            else
            {
                json.WriteString("failedAt", Iso(reader.GetString(26)));
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void Add(List<(string Name, object? Value)> overrides, string name, object? value)
    {
        if (value is not null)
        {
            overrides.Add((name, value));
        }
    }

    private static void WriteValue(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case long number:
                json.WriteNumber(name, number);
                break;
            case string text:
                json.WriteString(name, text);
                break;
            default:
                json.WriteNull(name);
                break;
        }
    }

    private static async Task PollAsync(SqliteConnection db, Utf8JsonWriter json, string connectionId, CancellationToken cancellationToken)
    {
        await using var command = db.CreateCommand();
        command.CommandText = $"""
            SELECT j."Id", j."ImportInitiatedAt" IS NOT NULL, j."CancelledAt" IS NOT NULL, j."AbortedAt" IS NOT NULL,
              count(t."Id"),
              coalesce(sum(t."Status" NOT IN ('Pending', 'Queued')), 0),
              coalesce(sum(t."Status" IN ('Complete', 'Failed', 'Cancelled')), 0),
              coalesce(sum(t."Status" = 'Failed'), 0),
              coalesce(sum(t."Status" = 'Cancelled'), 0),
              coalesce(sum(t."Status" = 'Complete'), 0),
              (SELECT r."Name" FROM "Tasks" r WHERE r."ConnectionJobId" = j."Id" AND r."Status" = 'Running'
               ORDER BY coalesce(r."StartedAt", r."CreatedAt"), r."Id" LIMIT 1)
            FROM "ConnectionJobs" j
            LEFT JOIN "Tasks" t ON t."ConnectionJobId" = j."Id" AND t."WorkspaceId" = j."WorkspaceId"
            WHERE j."ConnectionId" = $connection
            GROUP BY j."Id"
            ORDER BY j."CreatedAt", j."Id"
            """;
        command.Parameters.AddWithValue("$connection", connectionId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        json.WriteStartArray("connectionJobs");
        while (await reader.ReadAsync(cancellationToken))
        {
            var (initiated, cancelled, aborted) = (reader.GetBoolean(1), reader.GetBoolean(2), reader.GetBoolean(3));
            var (total, started, terminal, failed, cancelledTasks, completed) =
                (reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9));
            var status = cancelled ? "cancelled" : !initiated ? "pending" : aborted ? "failed" : total == 0 ? "completed"
                : started == 0 ? "pending" : terminal < total ? "active" : failed > 0 ? "failed" : cancelledTasks == total ? "cancelled" : "completed";
            var finished = status is "completed" or "failed" or "cancelled";
            json.WriteStartObject();
            json.WriteString("id", reader.GetString(0));
            json.WriteString("status", status);
            if (!finished)
            {
                json.WriteNull("outcome");
            }
            else
            {
                json.WriteString("outcome", total == 0 ? (status == "completed" ? "SUCCESS" : "FAILURE")
                    : completed == total ? "SUCCESS" : completed > 0 ? "PARTIAL_SUCCESS" : "FAILURE");
            }

            json.WriteStartObject("progress");
            json.WriteNumber("completedSteps", terminal);
            json.WriteNumber("totalSteps", total);
            if (finished || reader.IsDBNull(10))
            {
                json.WriteNull("currentStep");
            }
            else
            {
                json.WriteString("currentStep", reader.GetString(10));
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string ArtifactStatus(TaskState? state) => state switch
    {
        TaskState.Complete => "completed",
        TaskState.Failed => "failed",
        TaskState.Cancelled => "cancelled",
        _ => "pending",
    };

    private static string Iso(string stored)
        => DateScalar.ToIso(DateTime.SpecifyKind(DateTime.Parse(stored, CultureInfo.InvariantCulture), DateTimeKind.Utc));

    private string Link(string artifactId, string sha256, long expires)
    {
        var mac = HMACSHA256.HashData(signingKey, Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"jobgraph-download-v1\n{artifactId}\n{sha256}\n{expires}")));
        return string.Create(CultureInfo.InvariantCulture,
            $"{publicBaseUrl}/files/{Uri.EscapeDataString(artifactId)}?sha256={sha256}&expires={expires}&signature={Base64Url.EncodeToString(mac)}");
    }
}
