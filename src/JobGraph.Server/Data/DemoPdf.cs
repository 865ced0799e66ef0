using System.Globalization;
using System.Text;

namespace JobGraph.Server.Data;

/// <summary>
/// Writes a small valid PDF: one Helvetica text line per page, padded with comment lines to an exact size so the demo
/// file matches the size the documented example states.
/// </summary>
public static class DemoPdf
{
    public static byte[] Create(IReadOnlyList<string> pages, int size)
    {
        var body = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        void Add(string obj)
        {
            offsets.Add(body.Length);
            body.Append(CultureInfo.InvariantCulture, $"{offsets.Count} 0 obj\n{obj}\nendobj\n");
        }

        // Objects: 1 catalog, 2 page tree, 3 font, then a page and its content stream per page.
        var kids = string.Join(' ', pages.Select((_, i) => $"{4 + (2 * i)} 0 R"));
        Add("<< /Type /Catalog /Pages 2 0 R >>");
        Add($"<< /Type /Pages /Kids [{kids}] /Count {pages.Count} >>");
        Add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        foreach (var text in pages)
        {
            var content = $"BT /F1 24 Tf 72 700 Td ({Escape(text)}) Tj ET";
            Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {offsets.Count + 2} 0 R >>");
            Add($"<< /Length {content.Length} >>\nstream\n{content}\nendstream");
        }

        // The cross-reference table's own offset appears in the trailer, so its digits decide the padding: settle it.
        var xref = size;
        string trailer;
        while (true)
        {
            trailer = Trailer(offsets, xref);
            if (xref == size - trailer.Length)
            {
                break;
            }

            xref = size - trailer.Length;
        }

        var padding = xref - body.Length;
        if (padding < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "The pages do not fit in that size.");
        }

        while (padding > 0)
        {
            // Each comment line ends with a newline, so no line may be shorter than two bytes.
            var line = padding <= 80 ? padding : padding - 80 >= 2 ? 80 : 78;
            body.Append('%').Append('0', line - 2).Append('\n');
            padding -= line;
        }

        return Encoding.ASCII.GetBytes(body.Append(trailer).ToString());
    }

    private static string Trailer(List<int> offsets, int xref)
    {
        var table = new StringBuilder().Append(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        return table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").ToString();
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");
}
