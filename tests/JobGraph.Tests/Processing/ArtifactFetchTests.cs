using JobGraph.Server.Jobs;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Processing;

/// <summary>
/// The worker fetching one artifact from the local file server: each case ends with the task's exact status, error
/// code and attempts, and for a good file the stored bytes and their hash.
/// </summary>
[Collection(WorkerCollection.Name)]
public sealed class ArtifactFetchTests(WorkerFixture worker)
{
    [Fact]
    public async Task Good_pdf_is_stored_with_its_hash_size_and_type()
    {
        // Arrange
        var key = TestIds.New("good");
        var source = FileServer.Pdf(key);

        // Act
        var task = await FetchAsync($"/pdf/{key}");

        // Assert
        AssertStored(task, source, "application/pdf");
        Assert.Equal(1, worker.Files.Stats($"/pdf/{key}").Count);
    }

    [Fact]
    public async Task Good_png_is_stored_as_an_image()
    {
        // Arrange
        var key = TestIds.New("png");

        // Act
        var task = await FetchAsync($"/png/{key}");

        // Assert
        AssertStored(task, FileServer.Png(key), "image/png");
    }

    [Fact]
    public async Task File_sent_as_octet_stream_is_recorded_with_the_type_its_bytes_show()
    {
        // Arrange
        var key = TestIds.New("octet");

        // Act
        var task = await FetchAsync($"/octet/{key}");

        // Assert
        AssertStored(task, FileServer.Pdf(key), "application/pdf");
    }

    [Fact]
    public async Task Redirect_to_a_file_is_followed()
    {
        // Arrange
        var key = TestIds.New("redirect");

        // Act
        var task = await FetchAsync($"/redirect/{key}");

        // Assert
        AssertStored(task, FileServer.Pdf(key), "application/pdf");
        Assert.Equal(1, worker.Files.Stats($"/pdf/{key}").Count);
    }

    [Fact]
    public async Task Not_found_fails_at_once_with_HTTP_404()
    {
        // Arrange
        var path = $"/status/404/{TestIds.New("missing")}";

        // Act
        var task = await FetchAsync(path);

        // Assert
        AssertFailed(task, "HTTP_404", attempts: 1);
        Assert.Equal(1, worker.Files.Stats(path).Count);
    }

    [Fact]
    public async Task Server_error_then_success_is_retried_and_stored()
    {
        // Arrange
        var key = TestIds.New("flaky");

        // Act
        var task = await FetchAsync($"/flaky/{key}");

        // Assert
        AssertStored(task, FileServer.Pdf(key), "application/pdf", attempts: 2);
        Assert.Equal(2, worker.Files.Stats($"/flaky/{key}").Count);
    }

    [Fact]
    public async Task Server_error_on_every_attempt_fails_after_the_last_attempt()
    {
        // Arrange
        var path = $"/status/503/{TestIds.New("down")}";

        // Act
        var task = await FetchAsync(path);

        // Assert
        AssertFailed(task, "HTTP_503", attempts: WorkerFixture.MaxAttempts);
        Assert.Equal(WorkerFixture.MaxAttempts, worker.Files.Stats(path).Count);
    }

    [Fact]
    public async Task Source_that_never_answers_times_out_on_every_attempt()
    {
        // Arrange
        var path = $"/hang/{TestIds.New("hang")}";

        // Act
        var task = await FetchAsync(path, timeout: WorkerFixture.FetchTimeout * WorkerFixture.MaxAttempts * 3);

        // Assert
        AssertFailed(task, "TIMEOUT", attempts: WorkerFixture.MaxAttempts);
        Assert.Equal(WorkerFixture.MaxAttempts, worker.Files.Stats(path).Count);
    }

    [Fact]
    public async Task Refused_connection_fails_with_NETWORK_ERROR_after_the_last_attempt()
    {
        // Arrange: a port nothing listens on any more.
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        // Act
        var task = await FetchAsync($"http://127.0.0.1:{port}/file.pdf", absolute: true);

        // Assert
        AssertFailed(task, "NETWORK_ERROR", attempts: WorkerFixture.MaxAttempts);
    }

    [Fact]
    public async Task File_announced_larger_than_the_limit_fails_with_TOO_LARGE()
    {
        // Arrange
        var key = TestIds.New("big");

        // Act
        var task = await FetchAsync($"/big/{key}");

        // Assert
        AssertFailed(task, "TOO_LARGE", attempts: 1);
        Assert.Null(worker.StoredFile(FileServer.Sha256(FileServer.Pdf(key, FileServer.BigSize))));
    }

    [Fact]
    public async Task File_without_a_length_fails_with_TOO_LARGE_once_the_limit_is_passed()
    {
        // Arrange
        var key = TestIds.New("bigchunked");

        // Act
        var task = await FetchAsync($"/big-chunked/{key}");

        // Assert
        AssertFailed(task, "TOO_LARGE", attempts: 1);
        Assert.Null(worker.StoredFile(FileServer.Sha256(FileServer.Pdf(key, FileServer.BigSize))));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(worker.Server.StoragePath, "tmp")));
    }

    [Fact]
    public async Task Redirect_loop_fails_with_TOO_MANY_REDIRECTS()
    {
        // Arrange
        var path = $"/loop/{TestIds.New("loop")}";

        // Act
        var task = await FetchAsync(path);

        // Assert
        AssertFailed(task, "TOO_MANY_REDIRECTS", attempts: 1);
        Assert.Equal(4, worker.Files.Stats(path).Count);
    }

    [Fact]
    public async Task Redirect_to_a_link_local_address_fails_with_URL_NOT_ALLOWED()
    {
        // Arrange
        var path = $"/to-private/{TestIds.New("ssrf")}";

        // Act
        var task = await FetchAsync(path);

        // Assert
        AssertFailed(task, "URL_NOT_ALLOWED", attempts: 1);
        Assert.Equal(1, worker.Files.Stats(path).Count);
    }

    [Theory]
    [InlineData("http://10.1.2.3/file.pdf")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://192.168.0.1/file.pdf")]
    [InlineData("http://0.0.0.0/file.pdf")]
    [InlineData("http://[::1]/file.pdf")]
    [InlineData("http://[::ffff:10.0.0.1]/file.pdf")]
    [InlineData("http://[fd00::1]/file.pdf")]
    [InlineData("ftp://127.0.0.1/file.pdf")]
    [InlineData("file:///etc/passwd")]
    public async Task Url_that_leads_inside_or_is_not_http_fails_with_URL_NOT_ALLOWED(string url)
    {
        // Act
        var task = await FetchAsync(url, absolute: true);

        // Assert
        AssertFailed(task, "URL_NOT_ALLOWED", attempts: 1);
    }

    [Fact]
    public async Task Pdf_label_on_png_bytes_fails_with_MIME_MISMATCH()
    {
        // Arrange
        var key = TestIds.New("mismatch");

        // Act
        var task = await FetchAsync($"/mismatch/{key}");

        // Assert
        AssertFailed(task, "MIME_MISMATCH", attempts: 1);
        Assert.Null(worker.StoredFile(FileServer.Sha256(FileServer.Png(key))));
    }

    [Fact]
    public async Task Png_label_on_an_html_page_fails_with_MIME_MISMATCH()
    {
        // Act
        var task = await FetchAsync($"/html-as-png/{TestIds.New("login")}");

        // Assert
        AssertFailed(task, "MIME_MISMATCH", attempts: 1);
    }

    [Fact]
    public async Task Artifact_without_a_url_fails_with_URL_MISSING()
    {
        // Act
        var task = await FetchAsync(null, absolute: true);

        // Assert
        AssertFailed(task, "URL_MISSING", attempts: 1);
    }

    [Fact]
    public async Task Log_names_the_host_of_a_fetch_but_never_its_query_string()
    {
        // Arrange
        var key = TestIds.New("logged");
        var secret = TestIds.New("secret");

        // Act
        var task = await FetchAsync($"/pdf/{key}?token={secret}");

        // Assert
        AssertStored(task, FileServer.Pdf(key), "application/pdf");
        var entries = worker.Server.Logs.Entries.ToList();
        Assert.Contains(entries, e => e.Message.Contains(task.Id, StringComparison.Ordinal) && e.Message.Contains("127.0.0.1", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Message.Contains(secret, StringComparison.Ordinal)
            || e.Values.Values.Any(v => v?.ToString()?.Contains(secret, StringComparison.Ordinal) == true));
    }

    private async Task<JobTask> FetchAsync(string? url, bool absolute = false, TimeSpan? timeout = null)
    {
        var seed = await worker.SeedFetchJobAsync(absolute ? url : worker.Files.Url(url!));
        return await worker.UntilFinishedAsync(seed.Tasks[0].Id, timeout);
    }

    private void AssertStored(JobTask task, byte[] source, string mimeType, int attempts = 1)
    {
        Assert.Equal((TaskState.Complete, null, attempts), (task.Status, task.ErrorCode, task.Attempts));
        Assert.Equal((FileServer.Sha256(source), source.Length, mimeType), (task.FileSha256, task.FileSize ?? -1, task.FileMimeType));
        Assert.Equal(source, worker.StoredFile(task.FileSha256));
    }

    private static void AssertFailed(JobTask task, string code, int attempts)
    {
        Assert.Equal((TaskState.Failed, code, attempts), (task.Status, task.ErrorCode, task.Attempts));
        Assert.Equal((null, null), (task.FileSha256, task.FileSize));
        Assert.NotNull(task.Error);
    }
}
