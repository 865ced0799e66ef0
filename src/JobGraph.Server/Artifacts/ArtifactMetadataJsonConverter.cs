using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobGraph.Server.Artifacts;

/// <summary>Writes <see cref="ArtifactMetadata"/> into a response; it is output only.</summary>
public sealed class ArtifactMetadataJsonConverter : JsonConverter<ArtifactMetadata>
{
    public override ArtifactMetadata Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => throw new NotSupportedException("Artifact metadata is written, never read.");

    public override void Write(Utf8JsonWriter writer, ArtifactMetadata value, JsonSerializerOptions options) => value.WriteTo(writer);
}
