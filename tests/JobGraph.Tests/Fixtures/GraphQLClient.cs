using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace JobGraph.Tests.Fixtures;

/// <summary>Posts GraphQL requests to /graphql the way a partner app does, and exposes the HTTP answer.</summary>
public sealed class GraphQLClient(HttpClient http, string? token)
{
    public const string Endpoint = "/graphql";

    public HttpClient Http => http;

    /// <summary>POSTs <c>{query, variables}</c> as application/json.</summary>
    public async Task<GraphQLResponse> PostAsync(
        string query, object? variables = null, string? accept = null, string? sourcePlatform = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        return await SendAsync(request, accept, sourcePlatform);
    }

    /// <summary>Sends a prepared request with this client's token, Accept and source-platform headers.</summary>
    public async Task<GraphQLResponse> SendAsync(HttpRequestMessage request, string? accept = null, string? sourcePlatform = null)
    {
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        if (sourcePlatform is not null)
        {
            request.Headers.Add("source-platform", sourcePlatform);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), text,
            string.IsNullOrEmpty(text) ? null : JsonNode.Parse(text), response.Headers, response.Content.Headers);
    }
}
