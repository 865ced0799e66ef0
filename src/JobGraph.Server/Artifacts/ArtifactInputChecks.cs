using System.Text.Json;

namespace JobGraph.Server.Artifacts;

/// <summary>createJobWorkArtifacts' inputs, checked before anything is read or written.</summary>
public static class ArtifactInputChecks
{
    /// <summary>The URL column's length.</summary>
    public const int MaxUrlLength = 2048;

    /// <summary>The metadata column's length, as JSON text.</summary>
    public const int MaxMetadataLength = 65536;

    /// <summary>Checks every input and returns each one's metadata as JSON text (null when none was given).</summary>
    public static IReadOnlyList<string?> Check(IReadOnlyList<CreateJobWorkArtifactsInput> inputs, int maxInputs)
    {
        InputChecks.BatchSize(inputs.Count, maxInputs, "artifacts");
        var metadata = new string?[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            InputChecks.Text(input.Name, $"inputs[{i}].name");
            InputChecks.Text(input.Type, $"inputs[{i}].type");
            InputChecks.Text(input.ExternalId, $"inputs[{i}].externalId");
            if (input.Url is { } url && !IsHttpUrl(url))
            {
                throw MutationErrors.BadUserInput($"inputs[{i}].url must be an absolute http or https URL of at most {MaxUrlLength} characters.");
            }

            metadata[i] = input.Metadata switch
            {
                null => null,
                IDictionary<string, object?> fields => JsonSerializer.Serialize(fields),
                _ => throw MutationErrors.BadUserInput($"inputs[{i}].metadata must be a JSON object."),
            };
            if (metadata[i]?.Length > MaxMetadataLength)
            {
                throw MutationErrors.BadUserInput($"inputs[{i}].metadata must be at most {MaxMetadataLength} characters of JSON.");
            }
        }

        InputChecks.UniqueExternalIds(inputs.Select(input => input.ExternalId).ToArray());
        return metadata;
    }

    private static bool IsHttpUrl(string url)
        => url.Length <= MaxUrlLength
            && Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0;
}
