using System.Text;

namespace JobGraph.Server.Processing;

/// <summary>
/// Checks a response's Content-Type against the file's first bytes. Only clear contradictions fail (a "PDF" that is a
/// PNG, an "image" that is an HTML error page); a type it has no signature for passes unless the bytes are HTML.
/// A missing or generic Content-Type is replaced by the sniffed type.
/// </summary>
public static class MimeSniffer
{
    /// <summary>How many leading bytes the sniffer looks at (a PDF header may sit anywhere in the first 1024).</summary>
    public const int HeadLength = 1024;

    private const string OctetStream = "application/octet-stream";

    private static readonly string[] _genericTypes = [OctetStream, "binary/octet-stream", "application/binary", "application/unknown"];

    private static readonly string[] _dataTextTypes = ["text/csv", "application/csv", "application/json", "text/json", "text/tab-separated-values"];

    public static MimeCheck Check(string? declared, ReadOnlySpan<byte> head, bool complete)
    {
        var sniffed = Sniff(head, complete);
        var type = declared?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(type) || _genericTypes.Contains(type))
        {
            return new(sniffed ?? OctetStream, true);
        }

        var matches = Expected(type) switch
        {
            // An empty file is no document, but it is empty text.
            null when head.IsEmpty => type.StartsWith("text/", StringComparison.Ordinal) || _dataTextTypes.Contains(type),
            { } signature => sniffed == signature,
            null when _dataTextTypes.Contains(type) => IsText(sniffed) && sniffed != "text/html",
            null when type.StartsWith("text/", StringComparison.Ordinal) => IsText(sniffed),
            // No signature known for the declared type: only an HTML page (an error or login page) is a clear contradiction.
            null => sniffed != "text/html",
        };
        return matches ? new(type, true) : new(sniffed ?? OctetStream, false);
    }

    /// <summary>The type the bytes show, or null for no bytes or binary data without a known signature.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head, bool complete)
    {
        if (head.IsEmpty)
        {
            return null;
        }

        if (head.IndexOf("%PDF-"u8) >= 0)
        {
            return "application/pdf";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return "image/gif";
        }

        // Zip archives, which include docx and xlsx: local file header, empty archive, spanned archive.
        if (head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith("PK\u0005\u0006"u8) || head.StartsWith("PK\u0007\u0008"u8))
        {
            return "application/zip";
        }

        return SniffText(head, complete);
    }

    private static string? Expected(string declared) => declared switch
    {
        "application/pdf" or "application/x-pdf" => "application/pdf",
        "image/png" => "image/png",
        "image/jpeg" or "image/jpg" or "image/pjpeg" => "image/jpeg",
        "image/gif" => "image/gif",
        "application/zip" or "application/x-zip-compressed" => "application/zip",
        _ when declared.StartsWith("application/vnd.openxmlformats-officedocument.", StringComparison.Ordinal) => "application/zip",
        _ => null,
    };

    private static bool IsText(string? sniffed) => sniffed is "text/plain" or "text/csv" or "application/json" or "text/html";

    private static string? SniffText(ReadOnlySpan<byte> head, bool complete)
    {
        var text = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head;
        if (!complete)
        {
            text = WithoutCutCharacter(text);
        }

        if (!System.Text.Unicode.Utf8.IsValid(text))
        {
            return null;
        }

        foreach (var b in text)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f'))
            {
                return null;
            }
        }

        var start = Encoding.UTF8.GetString(text).TrimStart();
        if (start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<head", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<body", StringComparison.OrdinalIgnoreCase))
        {
            return "text/html";
        }

        if (start.StartsWith('{') || start.StartsWith('['))
        {
            return "application/json";
        }

        return LooksLikeCsv(start) ? "text/csv" : "text/plain";
    }

    /// <summary>A head cut off mid-file may end inside a multi-byte character; drop that partial character.</summary>
    private static ReadOnlySpan<byte> WithoutCutCharacter(ReadOnlySpan<byte> text)
    {
        for (var cut = 0; cut < 4 && cut < text.Length; cut++)
        {
            if (System.Text.Unicode.Utf8.IsValid(text[..^cut]))
            {
                return text[..^cut];
            }
        }

        return text;
    }

    /// <summary>At least two lines with the same number (one or more) of commas.</summary>
    private static bool LooksLikeCsv(string text)
    {
        var lines = text.Split('\n', 3);
        if (lines.Length < 2)
        {
            return false;
        }

        var commas = lines[0].Count(c => c == ',');
        return commas > 0 && lines[1].Count(c => c == ',') == commas;
    }
}
