namespace JobGraph.Server.Processing;

/// <summary>
/// A response body as the blob store reads it: the already sniffed head first, then the rest. Counts every byte and
/// stops at <c>Fetch:MaxBytes</c> whatever Content-Length promised; a broken connection becomes a retryable
/// <c>NETWORK_ERROR</c>, distinct from a failure of the store itself.
/// </summary>
public sealed class DownloadStream(ReadOnlyMemory<byte> head, Stream body, long maxBytes, string host) : Stream
{
    private ReadOnlyMemory<byte> _head = head;
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int count;
        if (!_head.IsEmpty)
        {
            count = Math.Min(buffer.Length, _head.Length);
            _head[..count].CopyTo(buffer);
            _head = _head[count..];
        }
        else
        {
            count = await ReadBodyAsync(body, buffer, host, cancellationToken);
        }

        _read += count;
        if (_read > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        => ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("Read asynchronously.");

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>The file is over the limit; <paramref name="size"/> is its size when known.</summary>
    public static FetchException TooLarge(long maxBytes, long? size = null) => new(
        TaskErrorCodes.TooLarge,
        size is { } known ? $"The file is {known} bytes; the limit is {maxBytes} bytes." : $"The file is larger than the limit of {maxBytes} bytes.",
        transient: false);

    /// <summary>Reads from the network; a broken connection is a transient fetch failure.</summary>
    public static async ValueTask<int> ReadBodyAsync(Stream body, Memory<byte> buffer, string host, CancellationToken cancellationToken)
    {
        try
        {
            return await body.ReadAsync(buffer, cancellationToken);
        }
        catch (Exception e) when (e is IOException or HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            throw new FetchException(TaskErrorCodes.NetworkError, $"The connection to {host} broke during the download.", transient: true);
        }
    }
}
