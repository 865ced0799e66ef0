using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using GraphQL.Execution;

namespace JobGraph.Server.Schema;

/// <summary>
/// Writes an <see cref="ExecutionResult"/> as GraphQL.NET's own converter does, byte for byte, and also writes the leaf
/// values a <see cref="PlannedObjectNode"/> holds. Strings, booleans and integers are written directly instead of
/// through the serializer's object path (thousands per monitoring answer); errors, extensions and other values still
/// go through the serializer with the same options, so their converters apply as before.
/// </summary>
public sealed class ExecutionResultJsonWriter : JsonConverter<ExecutionResult>
{
    public override bool CanConvert(Type typeToConvert) => typeof(ExecutionResult).IsAssignableFrom(typeToConvert);

    public override ExecutionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => throw new NotSupportedException("Execution results are written, never read.");

    public override void Write(Utf8JsonWriter writer, ExecutionResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            JsonSerializer.Serialize(writer, errors, options);
        }

        if (value.Executed)
        {
            writer.WritePropertyName("data");
            if (value.Data is ExecutionNode node)
            {
                WriteNode(writer, node, options);
            }
            else
            {
                JsonSerializer.Serialize(writer, value.Data, options);
            }
        }

        if (value.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, extensions, options);
        }

        writer.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter writer, ExecutionNode? node, JsonSerializerOptions options)
    {
        switch (node)
        {
            case PlannedObjectNode { Plan: { } plan, Slots: { } slots, SubFields: not null }:
                WriteSlots(writer, plan, slots, options);
                break;
            case ValueExecutionNode value:
                WriteValue(writer, value.ToValue(), options);
                break;
            case ObjectExecutionNode { SubFields: null }:
                writer.WriteNullValue();
                break;
            case ObjectExecutionNode obj:
                writer.WriteStartObject();
                foreach (var child in obj.SubFields)
                {
                    writer.WritePropertyName(Name(child.Name!, options));
                    WriteNode(writer, child, options);
                }

                writer.WriteEndObject();
                break;
            case ArrayExecutionNode { Items: { } items }:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteNode(writer, item, options);
                }

                writer.WriteEndArray();
                break;
            case ArrayExecutionNode { SerializedResult: byte[] bytes }:
                // A list of bytes is a list of numbers in GraphQL, not base64.
                writer.WriteStartArray();
                foreach (var b in bytes)
                {
                    writer.WriteNumberValue(b);
                }

                writer.WriteEndArray();
                break;
            case ArrayExecutionNode { SerializedResult: { } serialized }:
                JsonSerializer.Serialize<object?>(writer, serialized, options);
                break;
            case ArrayExecutionNode or NullExecutionNode or null:
                writer.WriteNullValue();
                break;
            default:
                JsonSerializer.Serialize(writer, node.ToValue(), options);
                break;
        }
    }

    private static void WriteSlots(Utf8JsonWriter writer, SelectionPlan plan, object?[] slots, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        var names = plan.Encoded(options);
        for (var i = 0; i < slots.Length; i++)
        {
            writer.WritePropertyName(names[i]);
            switch (slots[i])
            {
                case ExecutionNode child:
                    WriteNode(writer, child, options);
                    break;
                case InlineObject inline:
                    WriteSlots(writer, inline.Plan, inline.Slots, options);
                    break;
                default:
                    WriteValue(writer, slots[i], options);
                    break;
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            default:
                JsonSerializer.Serialize(writer, value, options);
                break;
        }
    }

    private static string Name(string name, JsonSerializerOptions options)
        => options.PropertyNamingPolicy is { } policy ? policy.ConvertName(name) : name;
}
