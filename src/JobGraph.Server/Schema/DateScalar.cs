using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace JobGraph.Server.Schema;

/// <summary>
/// <c>Date</c>: an ISO-8601 UTC timestamp such as <c>2024-01-15T10:40:00Z</c>, as the documented API shows it.
/// GraphQL.NET's own <c>Date</c> scalar is date-only, so this one replaces it.
/// </summary>
public sealed class DateScalar : ScalarGraphType
{
    // Fractional seconds only when present, so whole-second values print exactly as the documentation shows them.
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    public DateScalar()
    {
        Name = "Date";
        Description = "ISO-8601 date-time string, e.g. 2024-01-15T10:40:00Z (all documented timestamps are Date).";
    }

    /// <summary>The wire form of a timestamp, e.g. 2024-01-15T10:40:00Z or 2024-01-15T10:40:00.25Z.</summary>
    public static string ToIso(DateTime value) => ToUtc(value).ToString(Format, CultureInfo.InvariantCulture);

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateTime dateTime => ToIso(dateTime),
        DateTimeOffset offset => ToIso(offset.UtcDateTime),
        _ => ThrowSerializationError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text when TryParse(text, out var parsed) => parsed,
        DateTime dateTime => ToUtc(dateTime),
        DateTimeOffset offset => offset.UtcDateTime,
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text when TryParse((string)text.Value, out var parsed) => parsed,
        _ => ThrowLiteralConversionError(value),
    };

    private static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    private static bool TryParse(string text, out DateTime value)
        => DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value)
            && text.Contains('T', StringComparison.Ordinal);
}
