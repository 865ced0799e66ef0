using Microsoft.Net.Http.Headers;

namespace JobGraph.Server.Http;

/// <summary>Response media types of GraphQL over HTTP and the Accept negotiation between them.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The type to answer with: the acceptable one with the highest q-value, preferring graphql-response+json on ties;
    /// json when Accept is absent; null when nothing acceptable is offered.
    /// Compares type/subtype exactly: MediaTypeHeaderValue.IsSubsetOf would treat graphql-response+json as json.
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return Json;
        }

        string? best = null;
        var bestQuality = 0.0;
        foreach (var candidate in accept)
        {
            var quality = candidate.Quality ?? 1.0;
            var type = Match(candidate);
            if (type is null || quality <= 0)
            {
                continue;
            }

            if (quality > bestQuality || (quality == bestQuality && type == GraphQLResponse && best != GraphQLResponse))
            {
                (best, bestQuality) = (type, quality);
            }
        }

        return best;
    }

    private static string? Match(MediaTypeHeaderValue candidate)
    {
        var mediaType = candidate.MediaType.Value;
        if (string.Equals(mediaType, GraphQLResponse, StringComparison.OrdinalIgnoreCase))
        {
            return GraphQLResponse;
        }

        return string.Equals(mediaType, Json, StringComparison.OrdinalIgnoreCase)
            || string.Equals(mediaType, "application/*", StringComparison.OrdinalIgnoreCase)
            || string.Equals(mediaType, "*/*", StringComparison.OrdinalIgnoreCase)
            ? Json
            : null;
    }
}
