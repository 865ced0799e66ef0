using JobGraph.Server.Jobs;
using JobGraph.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Server.Data;

/// <summary>
/// The demo's completed artifact (artifact_001) has a real stored file, so its <c>uploadedUrl</c> downloads a real PDF
/// whose size is the documented example's <c>fileSize</c>.
/// </summary>
public static class DemoFiles
{
    public const int W2Size = 245678;
    public const string W2MimeType = "application/pdf";
    private const string W2FetchTaskId = "task_001";

    public static byte[] W2Form2024() => DemoPdf.Create(["W-2 Form 2024 - Wage and Tax Statement", "W-2 Form 2024 - page 2 of 2"], W2Size);

    /// <summary>Stores the demo files and records them on the fetch tasks that <see cref="DemoData.AddTo"/> added.</summary>
    public static Task AddToAsync(JobGraphDbContext db, IBlobStore blobs, CancellationToken cancellationToken)
        => StoreAsync(db.Tasks.Local.Single(t => t.Id == W2FetchTaskId), blobs, cancellationToken);

    /// <summary>A demo database seeded before the demo had files gets them (the W-2's fetch task recorded none).</summary>
    public static async Task BackfillAsync(JobGraphDbContext db, IBlobStore blobs, CancellationToken cancellationToken)
    {
        var fetch = await db.Tasks.SingleOrDefaultAsync(
            t => t.Id == W2FetchTaskId && t.Status == TaskState.Complete && t.FileSha256 == null, cancellationToken);
        if (fetch is not null)
        {
            await StoreAsync(fetch, blobs, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static async Task StoreAsync(JobTask fetch, IBlobStore blobs, CancellationToken cancellationToken)
    {
        using var pdf = new MemoryStream(W2Form2024());
        var stored = await blobs.PutAsync(pdf, cancellationToken);
        fetch.FileSha256 = stored.Sha256;
        fetch.FileSize = stored.Size;
        fetch.FileMimeType = W2MimeType;
    }
}
