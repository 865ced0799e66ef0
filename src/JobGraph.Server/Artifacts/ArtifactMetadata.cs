using System.Text.Json;
using System.Text.Json.Serialization;
using JobGraph.Server.Jobs;
using JobGraph.Server.Schema;

namespace JobGraph.Server.Artifacts;

/// <summary>
/// <c>WorkArtifact.metadata</c>: the partner's details, then what the server knows better — the stored file's size,
/// MIME type and SHA-256 once fetched, or why the fetch failed (seed 000: "check metadata").
/// </summary>
/// <remarks>
/// Composed while the response is written, straight from the stored text: a JSON DOM per artifact cost more than
/// the rest of the field. The bytes are those of the stored object parsed into a <c>JsonObject</c>, the members set on it
/// and the object serialized: members in their stored order, a composed member in place of a stored one of the same
/// name, new ones after them.
/// </remarks>
[JsonConverter(typeof(ArtifactMetadataJsonConverter))]
public sealed class ArtifactMetadata
{
    private readonly string? _stored;
    private readonly JobTask? _fetch;

    private ArtifactMetadata(string? stored, JobTask? fetch) => (_stored, _fetch) = (stored, fetch);

    /// <summary>
    /// The metadata of <paramref name="artifact"/> given its latest fetch; null when there is none to show. Stored text
    /// that is not JSON throws here, so the field fails alone.
    /// </summary>
    public static ArtifactMetadata? Compose(WorkArtifact artifact, JobTask? latestFetch)
    {
        if (artifact.MetadataJson is { } stored)
        {
            JsonText.Check(stored);
        }

        var composes = latestFetch is { Status: TaskState.Complete or TaskState.Failed };
        return artifact.MetadataJson is null && !composes ? null : new ArtifactMetadata(artifact.MetadataJson, composes ? latestFetch : null);
    }

    internal void WriteTo(Utf8JsonWriter writer)
    {
        if (_fetch is null)
        {
            JsonText.Write(writer, _stored!);
            return;
        }

        var complete = _fetch.Status == TaskState.Complete;
        // The measured values override the partner's claims; a task completed before they were recorded has none.
        var pending = complete
            ? (_fetch.FileSize is null ? Member.None : Member.FileSize)
                | (_fetch.FileMimeType is null ? Member.None : Member.MimeType)
                | (_fetch.FileSha256 is null ? Member.None : Member.Sha256)
            : Member.Error;
        writer.WriteStartObject();
        if (_stored is not null)
        {
            pending = CopyMembers(writer, _stored, pending);
        }

        foreach (var member in (ReadOnlySpan<Member>)[Member.FileSize, Member.MimeType, Member.Sha256, Member.Error])
        {
            if ((pending & member) != 0)
            {
                WriteMember(writer, member);
            }
        }

        writer.WriteEndObject();
    }

    // The stored object's members, a composed one in place of a stored one of its name; returns those still to write.
    // Anything but an object is dropped, as the partner's metadata was when it was not an object.
    private Member CopyMembers(Utf8JsonWriter writer, string stored, Member pending)
    {
        var utf8 = JsonText.Rent(stored);
        try
        {
            var reader = new Utf8JsonReader(utf8);
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return pending;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var member = Composed(ref reader) & pending;
                if (member != Member.None)
                {
                    reader.Read();
                    reader.Skip();
                    WriteMember(writer, member);
                    pending &= ~member;
                    continue;
                }

                JsonText.CopyPropertyName(ref reader, writer);
                reader.Read();
                JsonText.CopyValue(ref reader, writer);
            }

            return pending;
        }
        finally
        {
            JsonText.Return(utf8);
        }
    }

    private static Member Composed(ref Utf8JsonReader reader)
        => reader.ValueTextEquals("fileSize"u8) ? Member.FileSize
            : reader.ValueTextEquals("mimeType"u8) ? Member.MimeType
            : reader.ValueTextEquals("sha256"u8) ? Member.Sha256
            : reader.ValueTextEquals("error"u8) ? Member.Error
            : Member.None;

    private void WriteMember(Utf8JsonWriter writer, Member member)
    {
        var fetch = _fetch!;
        switch (member)
        {
            case Member.FileSize:
                writer.WriteNumber("fileSize", fetch.FileSize!.Value);
                break;
            case Member.MimeType:
                writer.WriteString("mimeType", fetch.FileMimeType);
                break;
            case Member.Sha256:
                writer.WriteString("sha256", fetch.FileSha256);
                break;
            default:
                writer.WriteStartObject("error");
                WriteStringOrNull(writer, "code", fetch.ErrorCode);
                writer.WriteString("message", fetch.Error ?? "The file could not be fetched.");
                writer.WriteNumber("attempts", fetch.Attempts);
                WriteStringOrNull(writer, "failedAt", fetch.CompletedAt is { } failedAt ? DateScalar.ToIso(failedAt) : null);
                writer.WriteEndObject();
                break;
        }
    }

    private static void WriteStringOrNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    [Flags]
    private enum Member
    {
        None = 0,
        FileSize = 1,
        MimeType = 2,
        Sha256 = 4,
        Error = 8,
    }
}
