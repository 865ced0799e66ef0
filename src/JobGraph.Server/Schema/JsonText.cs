using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JobGraph.Server.Schema;

/// <summary>
/// Stored JSON text written into a response as <c>JsonNode.Parse(text)</c> would write it — compact, strings escaped by
/// the writer's encoder, numbers as they were written — without building a DOM: token by token from a reader.
/// </summary>
public static class JsonText
{
    /// <summary>The text as a value the <c>JSON</c> scalar writes out unchanged.</summary>
    public static JsonNode? Parse(string? json) => json is null ? null : JsonNode.Parse(json);

    /// <summary>The text as UTF-8 in a pooled buffer; return it with <see cref="Return"/>.</summary>
    public static ArraySegment<byte> Rent(string json)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        return new ArraySegment<byte>(buffer, 0, Encoding.UTF8.GetBytes(json, buffer));
    }

    public static void Return(ArraySegment<byte> utf8) => ArrayPool<byte>.Shared.Return(utf8.Array!);

    /// <summary>
    /// Throws a <see cref="JsonException"/> unless <paramref name="json"/> is one JSON value, as parsing it would: a
    /// value written later, while the response streams, can no longer fail alone.
    /// </summary>
    public static void Check(string json)
    {
        var utf8 = Rent(json);
        try
        {
            var reader = new Utf8JsonReader(utf8);
            while (reader.Read())
            {
            }
        }
        finally
        {
            Return(utf8);
        }
    }

    /// <summary>Writes the whole of <paramref name="json"/>, a JSON value.</summary>
    public static void Write(Utf8JsonWriter writer, string json)
    {
        var utf8 = Rent(json);
        try
        {
            var reader = new Utf8JsonReader(utf8);
            reader.Read();
            CopyValue(ref reader, writer);
        }
        finally
        {
            Return(utf8);
        }
    }

    /// <summary>Writes the value at the reader's token (a scalar, or an object or array up to its end) and leaves the reader on its last token.</summary>
    public static void CopyValue(ref Utf8JsonReader reader, Utf8JsonWriter writer)
    {
        var depth = reader.CurrentDepth;
        while (true)
        {
            CopyToken(ref reader, writer);
            // A closing token has the depth of the one that opened it.
            if (reader.CurrentDepth == depth && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            {
                return;
            }

            reader.Read();
        }
    }

    /// <summary>Writes the property name at the reader's token.</summary>
    public static void CopyPropertyName(ref Utf8JsonReader reader, Utf8JsonWriter writer) => CopyToken(ref reader, writer);

    private static void CopyToken(ref Utf8JsonReader reader, Utf8JsonWriter writer)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                writer.WriteStartObject();
                break;
            case JsonTokenType.EndObject:
                writer.WriteEndObject();
                break;
            case JsonTokenType.StartArray:
                writer.WriteStartArray();
                break;
            case JsonTokenType.EndArray:
                writer.WriteEndArray();
                break;
            case JsonTokenType.PropertyName:
                WriteText(ref reader, writer, propertyName: true);
                break;
            case JsonTokenType.String:
                WriteText(ref reader, writer, propertyName: false);
                break;
            case JsonTokenType.Number:
                // As JsonElement writes numbers: the digits as they were written.
                writer.WriteRawValue(reader.ValueSpan, skipInputValidation: true);
                break;
            case JsonTokenType.True:
            case JsonTokenType.False:
                writer.WriteBooleanValue(reader.TokenType == JsonTokenType.True);
                break;
            case JsonTokenType.Null:
                writer.WriteNullValue();
                break;
            default:
                throw new JsonException($"Unexpected JSON token {reader.TokenType}.");
        }
    }

    // Unescaped first, then escaped again by the writer's encoder, as JsonElement does with an escaped string.
    private static void WriteText(ref Utf8JsonReader reader, Utf8JsonWriter writer, bool propertyName)
    {
        if (!reader.ValueIsEscaped)
        {
            Write(writer, reader.ValueSpan, propertyName);
            return;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(reader.ValueSpan.Length);
        try
        {
            Write(writer, buffer.AsSpan(0, reader.CopyString(buffer)), propertyName);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void Write(Utf8JsonWriter writer, ReadOnlySpan<byte> utf8, bool propertyName)
    {
        if (propertyName)
        {
            writer.WritePropertyName(utf8);
        }
        else
        {
            writer.WriteStringValue(utf8);
        }
    }
}
