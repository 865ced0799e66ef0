using System.Text;
using JobGraph.Server.Processing;

namespace JobGraph.Tests.Processing;

public sealed class MimeSnifferTests
{
    public static TheoryData<string?, byte[], string, bool> Cases => new()
    {
        { "application/pdf", Bytes("%PDF-1.7\n..."), "application/pdf", true },
        { "application/pdf; charset=binary", Bytes("%PDF-1.4"), "application/pdf", true },
        { "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0], "image/png", true },
        { "image/jpeg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10], "image/jpeg", true },
        { "image/gif", Bytes("GIF89a...."), "image/gif", true },
        { "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Bytes("PK\u0003\u0004...."), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", true },
        { "text/csv", Bytes("name,amount\nSmith,12.50\n"), "text/csv", true },
        { "application/json", Bytes("{\"wages\": 1200}"), "application/json", true },
        { "text/plain", Bytes("W-2 wages 1200\n"), "text/plain", true },
        { "image/tiff", [0x49, 0x49, 0x2A, 0x00, 0x08], "image/tiff", true },
        { null, Bytes("%PDF-1.7"), "application/pdf", true },
        { "application/octet-stream", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png", true },
        { "application/octet-stream", Bytes("name,amount\nSmith,12.50\n"), "text/csv", true },
        { "application/octet-stream", [0x00, 0x01, 0x02, 0xFE], "application/octet-stream", true },
        { "application/pdf", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png", false },
        { "image/png", Bytes("<!DOCTYPE html><html><body>Sign in</body></html>"), "text/html", false },
        { "application/pdf", Bytes("<html><body>Not found</body></html>"), "text/html", false },
        { "application/pdf", [], "application/octet-stream", false },
        { "text/csv", [], "text/csv", true },
        { "text/csv", Bytes("<!doctype html><html></html>"), "text/html", false },
        { "text/plain", [0x00, 0x01, 0x02, 0xFE], "application/octet-stream", false },
        { "image/tiff", Bytes("<html><body>Error</body></html>"), "text/html", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Declared_type_is_checked_against_the_first_bytes(string? declared, byte[] head, string mimeType, bool matches)
    {
        // Act
        var check = MimeSniffer.Check(declared is null ? null : declared.Split(';')[0], head, complete: true);

        // Assert
        Assert.Equal(new MimeCheck(mimeType, matches), check);
    }

    [Fact]
    public void Text_cut_inside_a_character_is_still_text()
    {
        // Arrange: "é" is two bytes; the head ends after the first.
        var head = Encoding.UTF8.GetBytes("name,city\nDoe,Montréal")[..^1];

        // Act
        var sniffed = MimeSniffer.Sniff(head, complete: false);

        // Assert
        Assert.Equal("text/csv", sniffed);
    }

    private static byte[] Bytes(string text) => Encoding.Latin1.GetBytes(text);
}
