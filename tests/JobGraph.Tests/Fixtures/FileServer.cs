using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace JobGraph.Tests.Fixtures;

/// <summary>
/// A partner's file host on Kestrel at 127.0.0.1: good files, failures, slow and oversize answers, redirects. Every
/// path ends in a key the test chooses, so each test's requests are counted apart (<see cref="Stats"/>).
/// </summary>
public sealed class FileServer : IAsyncDisposable
{
    /// <summary>Size of the files behind <c>/big/</c> and <c>/big-chunked/</c>: above the worker fixture's Fetch:MaxBytes.</summary>
    public const int BigSize = 2 * 1024 * 1024;

    private readonly ConcurrentDictionary<string, RequestStats> _stats = new();
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Bytes of a PDF unique to <paramref name="key"/> (64 KiB unless told).</summary>
    public static byte[] Pdf(string key, int size = 64 * 1024) => Fill($"%PDF-1.7\n% {key}\n", key, size);

    /// <summary>Bytes of a PNG unique to <paramref name="key"/>.</summary>
    public static byte[] Png(string key) => Fill("\u0089PNG\r\n\u001a\n", key, 16 * 1024, Encoding.Latin1);

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>What happened on <paramref name="path"/> (e.g. <c>/pdf/key</c>).</summary>
    public RequestStats Stats(string path) => _stats.GetOrAdd(path, _ => new RequestStats());

    public string Url(string path) => BaseUrl + path;

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            Stats(context.Request.Path).Started();
            await next(context);
        });
        app.MapGet("/pdf/{key}", (string key) => Results.Bytes(Pdf(key), "application/pdf"));
        app.MapGet("/png/{key}", (string key) => Results.Bytes(Png(key), "image/png"));
        app.MapGet("/octet/{key}", (string key) => Results.Bytes(Pdf(key), "application/octet-stream"));
        app.MapGet("/redirect/{key}", (string key) => Results.Redirect($"/pdf/{key}"));
        app.MapGet("/status/{code:int}/{key}", (int code) => Results.StatusCode(code));
        app.MapGet("/flaky/{key}", (HttpContext context, string key) => Stats(context.Request.Path).Count == 1
            ? Results.StatusCode(500)
            : Results.Bytes(Pdf(key), "application/pdf"));
        app.MapGet("/hang/{key}", async (HttpContext context) =>
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            Stats(context.Request.Path).Aborted();
        });
        app.MapGet("/trickle/{key}", TrickleAsync);
        app.MapGet("/big/{key}", (string key) => Results.Bytes(Pdf(key, BigSize), "application/pdf"));
        app.MapGet("/big-chunked/{key}", async (HttpContext context, string key) =>
        {
            context.Response.ContentType = "application/pdf";
            var bytes = Pdf(key, BigSize);
            try
            {
                for (var offset = 0; offset < bytes.Length; offset += 64 * 1024)
                {
                    await context.Response.Body.WriteAsync(bytes.AsMemory(offset, 64 * 1024), context.RequestAborted);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException)
            {
                Stats(context.Request.Path).Aborted();
            }
        });
        app.MapGet("/loop/{key}", (string key) => Results.Redirect($"/loop/{key}"));
        app.MapGet("/to-private/{key}", () => Results.Redirect("http://169.254.169.254/latest/meta-data/"));
        app.MapGet("/mismatch/{key}", (string key) => Results.Bytes(Png(key), "application/pdf"));
        app.MapGet("/html-as-png/{key}", (string key) => Results.Bytes(
            Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><body>Sign in to see {key}</body></html>"), "image/png"));
        await app.StartAsync();
        _app = app;
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>
    /// <c>/trickle/{key}?chunks=N&amp;delayMs=M</c>: the PDF of the key in N pieces, M ms apart, with its Content-Length;
    /// counts whether the client took it all or went away.
    /// </summary>
    private async Task TrickleAsync(HttpContext context, string key, int chunks, int delayMs)
    {
        var stats = Stats(context.Request.Path);
        var bytes = Pdf(key);
        context.Response.ContentType = "application/pdf";
        context.Response.ContentLength = bytes.Length;
        var size = (bytes.Length + chunks - 1) / chunks;
        try
        {
            for (var offset = 0; offset < bytes.Length; offset += size)
            {
                if (offset > 0)
                {
                    await Task.Delay(delayMs, context.RequestAborted);
                }

                await context.Response.Body.WriteAsync(bytes.AsMemory(offset, Math.Min(size, bytes.Length - offset)), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }

            stats.Served();
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            stats.Aborted();
        }
    }

    private static byte[] Fill(string header, string key, int size, Encoding? encoding = null)
    {
        var bytes = new byte[size];
        var head = (encoding ?? Encoding.UTF8).GetBytes(header);
        head.CopyTo(bytes, 0);
        new Random(BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(key)))).NextBytes(bytes.AsSpan(head.Length));
        return bytes;
    }
}
