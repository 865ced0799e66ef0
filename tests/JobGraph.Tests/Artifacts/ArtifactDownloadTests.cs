using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using JobGraph.Server.Artifacts;
using JobGraph.Server.Jobs;
using JobGraph.Server.Storage;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Artifacts;

/// <summary>A completed artifact's signed link downloads exactly its stored bytes, and nothing else, for 15 minutes.</summary>
[Collection(ServerCollection.Name)]
public sealed class ArtifactDownloadTests(ServerFixture server)
{
    private const string Query = """
        query ArtifactLink($ws: ID!, $c: ID!, $jw: ID!) {
          me {
            workspaces(filters: { ids: [$ws] }) {
              connections(filters: { ids: [$c] }) {
                jobWorks(filters: { ids: [$jw] }) {
                  jobWorkArtifacts { workArtifact { id status uploadedUrl downloadUrl expiresAt metadata } }
                }
              }
            }
          }
        }
        """;

    private readonly byte[] _content = RandomNumberGenerator.GetBytes(5000);

    [Fact]
    public async Task Link_downloads_the_stored_bytes_with_type_length_etag_and_name_without_a_token()
    {
        // Arrange
        var (tenant, jobWork, file) = await SeedCompletedAsync();
        var before = DateTime.UtcNow;

        // Act
        var artifact = await QueryArtifactAsync(tenant, jobWork.Id);
        using var response = await Anonymous().GetAsync((string)artifact["uploadedUrl"]!);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(_content, bytes);
        Assert.Equal(file.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal(file.Sha256, (string?)artifact["metadata"]!["sha256"]);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(5000, response.Content.Headers.ContentLength);
        Assert.Equal(new EntityTagHeaderValue($"\"{file.Sha256}\""), response.Headers.ETag);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("File 2", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("bytes", Assert.Single(response.Headers.AcceptRanges));
        Assert.Equal((string?)artifact["uploadedUrl"], (string?)artifact["downloadUrl"]);
        Assert.InRange(ExpiresAt(artifact), before.AddMinutes(15).AddSeconds(-2), DateTime.UtcNow.AddMinutes(15));
    }

    [Fact]
    public async Task Each_read_mints_a_fresh_link_that_expires_15_minutes_after_that_read()
    {
        // Arrange
        var (tenant, jobWork, _) = await SeedCompletedAsync();
        var first = await QueryArtifactAsync(tenant, jobWork.Id);

        // Act
        JsonNode second;
        using (server.Clock.Advance(TimeSpan.FromMinutes(10)))
        {
            second = await QueryArtifactAsync(tenant, jobWork.Id);
        }

        // Assert
        Assert.NotEqual((string?)first["uploadedUrl"], (string?)second["uploadedUrl"]);
        Assert.InRange(ExpiresAt(second) - ExpiresAt(first), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10.5));
    }

    [Fact]
    public async Task Head_answers_the_headers_without_the_bytes()
    {
        // Arrange
        var url = await MintAsync();

        // Act
        using var response = await Anonymous().SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5000, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("bytes=0-99", 0, 100)]
    [InlineData("bytes=-100", 4900, 100)]
    [InlineData("bytes=4990-", 4990, 10)]
    public async Task Range_answers_206_with_those_bytes(string range, int from, int length)
    {
        // Arrange
        var url = await MintAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Range", range);

        // Act
        using var response = await Anonymous().SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(_content.AsSpan(from, length).ToArray(), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(new ContentRangeHeaderValue(from, from + length - 1, 5000), response.Content.Headers.ContentRange);
    }

    [Fact]
    public async Task Unsatisfiable_range_answers_416()
    {
        // Arrange
        var url = await MintAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Range = new RangeHeaderValue(6000, 7000);

        // Act
        using var response = await Anonymous().SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal("bytes */5000", response.Content.Headers.ContentRange?.ToString());
    }

    [Fact]
    public async Task Matching_if_none_match_answers_304()
    {
        // Arrange
        var url = await MintAsync();
        using var first = await Anonymous().GetAsync(url);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        // Act
        using var response = await Anonymous().SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Link_works_until_15_minutes_after_it_was_minted_and_then_answers_403()
    {
        // Arrange
        var url = await MintAsync();

        // Act
        HttpStatusCode justBefore, after;
        using (server.Clock.Advance(TimeSpan.FromMinutes(14)))
        {
            using var response = await Anonymous().GetAsync(url);
            justBefore = response.StatusCode;
        }

        using (server.Clock.Advance(TimeSpan.FromMinutes(15)))
        {
            using var response = await Anonymous().GetAsync(url);
            after = response.StatusCode;
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }

        // Assert
        Assert.Equal(HttpStatusCode.OK, justBefore);
        Assert.Equal(HttpStatusCode.Forbidden, after);
    }

    [Theory]
    [InlineData("signature")]
    [InlineData("signature end")]
    [InlineData("expires")]
    [InlineData("sha256")]
    [InlineData("artifact")]
    [InlineData("no signature")]
    public async Task Tampered_link_answers_403_with_an_empty_body(string tampered)
    {
        // Arrange: a second completed artifact with other bytes, so a swapped id or hash names a real file.
        var url = new Uri(await MintAsync());
        var (otherTenant, otherJobWork, otherFile) = await SeedCompletedAsync(RandomNumberGenerator.GetBytes(10));
        var otherId = (string)(await QueryArtifactAsync(otherTenant, otherJobWork.Id))["id"]!;
        var query = System.Web.HttpUtility.ParseQueryString(url.Query);
        var artifactId = url.AbsolutePath["/files/".Length..];
        var signature = query["signature"]!;
        var link = tampered switch
        {
            "signature" => Link(artifactId, query["sha256"]!, query["expires"]!, (signature[0] == 'A' ? "B" : "A") + signature[1..]),
            // The last character holds two unused bits: another character there can spell the same bytes.
            "signature end" => Link(artifactId, query["sha256"]!, query["expires"]!, signature[..^1] + (signature[^1] == 'B' ? "C" : "B")),
            "expires" => Link(artifactId, query["sha256"]!, (long.Parse(query["expires"]!) + 3600).ToString(), signature),
            "sha256" => Link(artifactId, otherFile.Sha256, query["expires"]!, signature),
            "artifact" => Link(otherId, query["sha256"]!, query["expires"]!, signature),
            _ => $"/files/{artifactId}?sha256={query["sha256"]}&expires={query["expires"]}",
        };

        // Act
        using var response = await Anonymous().GetAsync(link);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Another_tenant_gets_no_link_to_a_foreign_artifact_and_cannot_reuse_its_own_for_it()
    {
        // Arrange
        var (owner, ownerJobWork, _) = await SeedCompletedAsync();
        var (intruder, intruderJobWork, _) = await SeedCompletedAsync();
        var foreignId = (string)(await QueryArtifactAsync(owner, ownerJobWork.Id))["id"]!;
        var ownUrl = new Uri((string)(await QueryArtifactAsync(intruder, intruderJobWork.Id))["uploadedUrl"]!);

        // Act
        var foreign = await server.Client(intruder.Token).PostAsync(Query, new { ws = owner.WorkspaceId, c = owner.ConnectionId, jw = ownerJobWork.Id });
        using var swapped = await Anonymous().GetAsync($"/files/{foreignId}{ownUrl.Query}");

        // Assert
        Assert.Empty(foreign.AssertData()["me"]!["workspaces"]!.AsArray());
        Assert.Equal(HttpStatusCode.Forbidden, swapped.StatusCode);
    }

    [Fact]
    public async Task Old_link_never_serves_the_bytes_of_a_later_fetch()
    {
        // Arrange: a link to the first file, then the artifact is fetched again and stores other bytes.
        var (tenant, jobWork, seed) = await SeedAsync();
        var artifact = seed.Artifacts[0];
        var oldUrl = (string)(await QueryArtifactAsync(tenant, jobWork.Id))["uploadedUrl"]!;
        var requeued = NewFetch(seed, artifact, TaskState.Queued, 1);
        await server.SeedAsync(db => db.Tasks.Add(requeued));
        using var whilePending = await Anonymous().GetAsync(oldUrl);
        var pendingLink = (await QueryArtifactAsync(tenant, jobWork.Id))["uploadedUrl"];
        var other = await server.StoreFileAsync(RandomNumberGenerator.GetBytes(100));
        var refetch = NewFetch(seed, artifact, TaskState.Complete, 2);
        (refetch.FileSha256, refetch.FileSize, refetch.FileMimeType) = (other.Sha256, other.Size, "application/pdf");
        await server.SeedAsync(db => db.Tasks.Add(refetch));

        // Act
        using var afterRefetch = await Anonymous().GetAsync(oldUrl);
        using var newLink = await Anonymous().GetAsync((string)(await QueryArtifactAsync(tenant, jobWork.Id))["uploadedUrl"]!);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, whilePending.StatusCode);
        Assert.Null(pendingLink);
        Assert.Equal(HttpStatusCode.NotFound, afterRefetch.StatusCode);
        Assert.Equal(other.Sha256, Convert.ToHexStringLower(SHA256.HashData(await newLink.Content.ReadAsByteArrayAsync())));
    }

    [Fact]
    public async Task Link_to_a_file_missing_from_the_store_answers_404()
    {
        // Arrange: the task records a file that the store does not hold.
        var tenant = await server.CreateTenantAsync();
        var seed = new JobSeed(tenant);
        var jobWork = seed.AddJobWork();
        seed.AddArtifact(jobWork, TaskState.Complete, file: new StoredBlob(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)), 10));
        await server.SeedAsync(seed.AddTo);
        var url = (string)(await QueryArtifactAsync(tenant, jobWork.Id))["uploadedUrl"]!;

        // Act
        using var response = await Anonymous().GetAsync(url);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static DateTime ExpiresAt(JsonNode artifact)
        => DateTime.Parse((string)artifact["expiresAt"]!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);

    private static string Link(string artifactId, string sha256, string expires, string signature)
        => $"/files/{artifactId}?sha256={sha256}&expires={expires}&signature={signature}";

    private static JobTask NewFetch(JobSeed seed, WorkArtifact artifact, TaskState state, int minutesLater)
    {
        var first = seed.Tasks[0];
        var at = first.CreatedAt.AddMinutes(minutesLater);
        return new JobTask
        {
            Id = TestIds.New("task"),
            WorkspaceId = first.WorkspaceId,
            ConnectionJobId = first.ConnectionJobId,
            Kind = TaskKind.FetchArtifact,
            Name = "Fetch again",
            JobWorkId = first.JobWorkId,
            WorkId = first.WorkId,
            WorkArtifactId = artifact.Id,
            Status = state,
            CreatedAt = at,
            UpdatedAt = at,
            CompletedAt = state == TaskState.Complete ? at : null,
        };
    }

    private HttpClient Anonymous() => server.Factory.CreateClient();

    private async Task<string> MintAsync()
    {
        var (tenant, jobWork, _) = await SeedCompletedAsync();
        return (string)(await QueryArtifactAsync(tenant, jobWork.Id))["uploadedUrl"]!;
    }

    private async Task<(Tenant Tenant, Server.Works.JobWork JobWork, StoredBlob File)> SeedCompletedAsync(byte[]? content = null)
    {
        var (tenant, jobWork, seed) = await SeedAsync(content);
        var task = seed.Tasks[0];
        return (tenant, jobWork, new StoredBlob(task.FileSha256!, task.FileSize!.Value));
    }

    private async Task<(Tenant Tenant, Server.Works.JobWork JobWork, JobSeed Seed)> SeedAsync(byte[]? content = null)
    {
        var tenant = await server.CreateTenantAsync();
        var file = await server.StoreFileAsync(content ?? _content);
        var seed = new JobSeed(tenant);
        var jobWork = seed.AddJobWork();
        seed.AddArtifact(jobWork, TaskState.Complete, file: file);
        await server.SeedAsync(seed.AddTo);
        return (tenant, jobWork, seed);
    }

    private async Task<JsonNode> QueryArtifactAsync(Tenant tenant, string jobWorkId)
    {
        var response = await server.Client(tenant.Token).PostAsync(Query, new { ws = tenant.WorkspaceId, c = tenant.ConnectionId, jw = jobWorkId });
        var connection = MeTree.SingleConnection(response.AssertData());
        var jobWork = Assert.Single(connection["jobWorks"]!.AsArray())!;
        return Assert.Single(jobWork["jobWorkArtifacts"]!.AsArray())!["workArtifact"]!;
    }
}
