using System.Text.Json;
using JobGraph.Server.Data;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Http;

/// <summary>
/// A deterministic corpus of hostile requests: the same seed yields the same requests, so a failure can be
/// replayed. Every kind of input the endpoint reads is attacked: the JSON envelope, each member's type, the
/// document, variables, encoding, headers and tokens.
/// </summary>
public static class HostileCorpus
{
    private const string Json = "application/json";
    private static readonly string _demoToken = new DemoDataOptions().Token;

    public static readonly string[] ValidQueries =
    [
        "query Me { me { id email role } }",
        "query Jobs { me { workspaces { connections { connectionJobs { id name status outcome progress { completedSteps totalSteps currentStep } } } } } }",
        "query Works($ws: ID!, $f: JobWorkFilters) { me { workspaces(filters: { ids: [$ws] }) { id connections { id jobWorks(filters: $f, limit: 5) { id work { id name } jobWorkArtifacts { id workArtifact { id status metadata } } } } } } }",
        "query Sorted { me { workspaces { connections(sortBy: { field: \"createdAt\", direction: \"desc\" }, limit: 2, offset: 1) { id createdAt } } } }",
        "query Types { __schema { types { name kind fields { name type { name ofType { name } } } } } }",
    ];

    private static readonly string[] _members = ["query", "operationName", "variables", "extensions", "documentId", "unknown"];

    private static readonly string[] _wrongJsonValues = ["42", "-1.5e300", "true", "false", "null", "[]", "[1,2]", "{}", "{\"a\":1}", "\"\"", "\"x\""];

    public static IReadOnlyList<HostileRequest> Build(int seed)
    {
        var random = new Random(seed);
        var corpus = new List<HostileRequest>();
        TruncatedJson(random, corpus);
        WrongMemberTypes(random, corpus);
        DeepJson(random, corpus);
        HostileDocuments.AddTo(random, corpus);
        Encoding(random, corpus);
        Headers(random, corpus);
        Gets(random, corpus);
        return corpus;
    }

    private static void TruncatedJson(Random random, List<HostileRequest> corpus)
    {
        for (var i = 0; i < 150; i++)
        {
            var body = Body(ValidQueries[random.Next(ValidQueries.Length)], new { ws = "workspace_123456" });
            corpus.Add(Post("truncated-json", body[..random.Next(body.Length)]));
        }

        foreach (var text in new[] { "", " ", "{", "}", "[", "nul", "{\"query\"", "{\"query\":", "{\"query\":\"", "{\"query\":\"{ me { id } }\",}", "{'query':'{ me { id } }'}", "{\"query\":\"a\" \"b\"}" })
        {
            corpus.Add(Post("malformed-json", text));
        }

        for (var i = 0; i < 100; i++)
        {
            var bytes = new byte[random.Next(1, 2000)];
            random.NextBytes(bytes);
            corpus.Add(Post("random-bytes", bytes));
        }
    }

    private static void WrongMemberTypes(Random random, List<HostileRequest> corpus)
    {
        foreach (var member in new[] { "query", "operationName", "variables", "extensions" })
        {
            foreach (var value in _wrongJsonValues)
            {
                var members = new Dictionary<string, string> { ["query"] = JsonSerializer.Serialize("query Me { me { id } }") };
                members[member] = value;
                corpus.Add(Post("wrong-type-" + member, "{" + string.Join(",", members.Select(m => $"\"{m.Key}\":{m.Value}")) + "}"));
            }
        }

        foreach (var top in _wrongJsonValues.Concat(["[{\"query\":\"{ __typename }\"}]"]))
        {
            corpus.Add(Post("wrong-type-body", top));
        }

        for (var i = 0; i < 40; i++)
        {
            var members = _members
                .Where(_ => random.Next(2) == 0)
                .Select(m => $"\"{m}\":{_wrongJsonValues[random.Next(_wrongJsonValues.Length)]}");
            corpus.Add(Post("wrong-type-mixed", "{" + string.Join(",", members) + "}"));
        }
    }

    private static void DeepJson(Random random, List<HostileRequest> corpus)
    {
        for (var i = 0; i < 30; i++)
        {
            var depth = random.Next(30, 20_000);
            var nested = i % 2 == 0
                ? new string('[', depth) + new string(']', depth)
                : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
            corpus.Add(Post("deep-json", $"{{\"query\":\"query Q($v: JSON) {{ __typename }}\",\"variables\":{{\"v\":{nested}}}}}"));
        }
    }

    private static void Encoding(Random random, List<HostileRequest> corpus)
    {
        for (var i = 0; i < 60; i++)
        {
            var body = System.Text.Encoding.UTF8.GetBytes(Body(ValidQueries[random.Next(ValidQueries.Length)]));
            var bad = new byte[][] { [0xC3], [0xFF], [0xFE, 0xFF], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC0, 0xAF] }[random.Next(6)];
            var at = random.Next(body.Length);
            corpus.Add(Post("invalid-utf8", [.. body[..at], .. bad, .. body[at..]]));
        }

        for (var i = 0; i < 40; i++)
        {
            var query = ValidQueries[random.Next(ValidQueries.Length)];
            var at = random.Next(query.Length);
            var nul = i % 2 == 0
                ? Body(query[..at] + "\0" + query[at..])
                : Body(query, new { ws = "workspace\0_123456" });
            corpus.Add(Post("nul-bytes", i % 4 == 1 ? nul.Replace("\\u0000", "\0", StringComparison.Ordinal) : nul));
        }

        foreach (var contentType in new[] { "application/json; charset=utf-16", "application/json; charset=\"", "application/jso", "application/graphql", "*/*", "", "application/json; boundary=x; charset=utf-8; charset=latin1" })
        {
            corpus.Add(new("content-type", HttpMethod.Post, GraphQLClient.Endpoint, System.Text.Encoding.UTF8.GetBytes(Body("query Me { me { id } }")), contentType, []));
        }
    }

    private static void Headers(Random random, List<HostileRequest> corpus)
    {
        string[] tokens =
        [
            "", "Bearer", "Bearer ", "Bearer  " + _demoToken, "bearer " + _demoToken, "Basic dXNlcjpwYXNz", "Bearer jg_demo_" + new string('0', 32),
            "Bearer " + _demoToken + "x", "Bearer " + new string('t', 20_000), "Bearer \u00e9\u00e8", "Bearer a b c", "Token " + _demoToken,
        ];
        foreach (var token in tokens)
        {
            corpus.Add(Post("bad-token", Body("query Me { me { id } }"), [new("Authorization", token)]));
        }

        for (var i = 0; i < 40; i++)
        {
            var token = new string(Enumerable.Range(0, random.Next(1, 200)).Select(_ => (char)random.Next(33, 127)).ToArray());
            corpus.Add(Post("random-token", Body("query Me { me { id } }"), [new("Authorization", "Bearer " + token)]));
        }

        for (var i = 0; i < 30; i++)
        {
            var value = new string((char)random.Next('a', 'z'), random.Next(1_000, 30_000));
            var header = new[] { "source-platform", "Accept", "X-Anything", "Cookie" }[i % 4];
            corpus.Add(Post("oversize-header", Body("query Me { me { id } }"), [new(header, value)]));
        }

        foreach (var accept in new[] { "text/html", "application/graphql-response+json;q=0", "*/*;q=abc", "application/json;q=0.5, application/graphql-response+json;q=0.5", ",,,", new string('a', 5000) })
        {
            corpus.Add(Post("accept", Body("query Me { me { id } }"), [new("Accept", accept)]));
        }
    }

    private static void Gets(Random random, List<HostileRequest> corpus)
    {
        string[] queries =
        [
            "query=", "query", "query=%7B", "query=mutation%20M%20%7B%20__typename%20%7D", "query=%7B__typename%7D&variables=%5B",
            "query=%7B__typename%7D&variables=42", "query=%7B__typename%7D&extensions=%22x%22", "query=%7B__typename%7D&query=%7B__typename%7D",
            "query=%FF%FE", "query=%00", "query=%7B__typename%7D&operationName=%00", "variables=%7B%7D",
        ];
        foreach (var query in queries)
        {
            corpus.Add(new("get", HttpMethod.Get, GraphQLClient.Endpoint + "?" + query, null, null, []));
        }

        for (var i = 0; i < 40; i++)
        {
            var bytes = new byte[random.Next(1, 300)];
            random.NextBytes(bytes);
            corpus.Add(new("get-random", HttpMethod.Get, GraphQLClient.Endpoint + "?query=" + Uri.EscapeDataString(System.Text.Encoding.Latin1.GetString(bytes)), null, null, []));
        }

        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Options })
        {
            corpus.Add(new("method", method, GraphQLClient.Endpoint, System.Text.Encoding.UTF8.GetBytes(Body("query Me { me { id } }")), Json, []));
        }
    }

    public static string Body(string query, object? variables = null, string? operationName = null)
        => JsonSerializer.Serialize(new { query, variables, operationName });

    public static HostileRequest Post(string kind, string body, IReadOnlyList<KeyValuePair<string, string>>? headers = null)
        => Post(kind, System.Text.Encoding.UTF8.GetBytes(body), headers);

    public static HostileRequest Post(string kind, byte[] body, IReadOnlyList<KeyValuePair<string, string>>? headers = null)
        => new(kind, HttpMethod.Post, GraphQLClient.Endpoint, body, Json,
            headers ?? [new("Authorization", "Bearer " + _demoToken), new("Accept", "application/graphql-response+json")]);
}
