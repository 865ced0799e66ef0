using System.Text;
using JobGraph.Tests.Limits;

namespace JobGraph.Tests.Http;

/// <summary>The hostile corpus's GraphQL documents and variables: bombs, cycles, bad values, mutated queries.</summary>
public static class HostileDocuments
{
    public static void AddTo(Random random, List<HostileRequest> corpus)
    {
        Documents(random, corpus);
        Variables(random, corpus);
        MutatedQueries(random, corpus);
    }

    private static void Documents(Random random, List<HostileRequest> corpus)
    {
        for (var i = 0; i < 40; i++)
        {
            var depth = random.Next(10, 3000);
            corpus.Add(HostileCorpus.Post("deep-document", HostileCorpus.Body("query Deep " + string.Concat(Enumerable.Repeat("{ me ", depth)) + new string('}', depth))));
        }

        for (var i = 0; i < 40; i++)
        {
            var count = random.Next(50, 6000);
            corpus.Add(HostileCorpus.Post("alias-bomb", HostileCorpus.Body("query Aliases { " + string.Join(" ", Enumerable.Range(0, count).Select(n => $"a{n}: __typename")) + " }")));
        }

        for (var i = 0; i < 40; i++)
        {
            var count = random.Next(100, 12_000);
            corpus.Add(HostileCorpus.Post("field-bomb", HostileCorpus.Body("query Fields { " + string.Concat(Enumerable.Repeat("__typename ", count)) + "}")));
        }

        for (var i = 0; i < 40; i++)
        {
            corpus.Add(HostileCorpus.Post("fragment-fan-out", HostileCorpus.Body(Attacks.FragmentFanOut(random.Next(2, 60)))));
        }

        for (var i = 0; i < 30; i++)
        {
            var length = random.Next(1, 30);
            var cycle = string.Concat(Enumerable.Range(0, length).Select(n => $"fragment C{n} on Query {{ __typename ...C{(n + 1) % length} }} "));
            corpus.Add(HostileCorpus.Post("fragment-cycle", HostileCorpus.Body("query Cycle { ...C0 } " + cycle)));
        }

        for (var i = 0; i < 40; i++)
        {
            var count = random.Next(10, 3000);
            var fields = i % 2 == 0
                ? Enumerable.Range(0, count).Select(n => $"__type(name: \"T{n}\") {{ name }}")
                : Enumerable.Range(0, count).Select(n => n % 2 == 0 ? "x: __typename" : "x: __schema { description }");
            corpus.Add(HostileCorpus.Post("overlap-bomb", HostileCorpus.Body("query Overlap { " + string.Join(" ", fields) + " }")));
        }

        for (var i = 0; i < 30; i++)
        {
            corpus.Add(HostileCorpus.Post("list-bomb", HostileCorpus.Body(i % 2 == 0 ? Attacks.ListCopies(random.Next(10, 2000)) : Attacks.AliasedConnections(random.Next(2, 200)))));
        }

        for (var i = 0; i < 20; i++)
        {
            var operations = string.Concat(Enumerable.Range(0, random.Next(2, 200)).Select(n => $"query Q{n} {{ __typename }} "));
            corpus.Add(HostileCorpus.Post("operations", HostileCorpus.Body(operations, operationName: "Q1")));
        }
    }

    private static void Variables(Random random, List<HostileRequest> corpus)
    {
        const string Works = "query Works($ws: ID!, $f: JobWorkFilters, $limit: Int, $sort: SortBy) { me { workspaces(filters: { ids: [$ws] }) { connections { jobWorks(filters: $f, limit: $limit, sortBy: $sort) { id } } } } }";
        object?[] badIds = [null, 12, 1.5, true, new { }, new[] { 1 }, new string('i', 500_000), "\u0000", "workspace_123456\u0000"];
        foreach (var id in badIds)
        {
            corpus.Add(HostileCorpus.Post("bad-id", HostileCorpus.Body(Works, new { ws = id })));
            corpus.Add(HostileCorpus.Post("bad-id-list", HostileCorpus.Body(Works, new { ws = "workspace_123456", f = new { ids = new[] { id } } })));
        }

        for (var i = 0; i < 20; i++)
        {
            var ids = Enumerable.Range(0, random.Next(1000, 60_000)).Select(n => $"job_work_{n}").ToArray();
            corpus.Add(HostileCorpus.Post("huge-list", HostileCorpus.Body(Works, new { ws = "workspace_123456", f = new { ids } })));
        }

        for (var i = 0; i < 20; i++)
        {
            corpus.Add(HostileCorpus.Post("huge-string", HostileCorpus.Body(Works, new { ws = new string((char)random.Next('a', 'z'), random.Next(10_000, 900_000)) })));
        }

        object?[] badLimits = [-1, 1001, int.MaxValue, long.MaxValue, 1e300, "10", 1.5, true, new[] { 1 }];
        foreach (var limit in badLimits)
        {
            corpus.Add(HostileCorpus.Post("bad-limit", HostileCorpus.Body(Works, new { ws = "workspace_123456", limit })));
        }

        object?[] badSorts = [new { field = "nope" }, new { field = "createdAt", direction = "sideways" }, new { direction = "asc" }, "createdAt", 5];
        foreach (var sort in badSorts)
        {
            corpus.Add(HostileCorpus.Post("bad-sort", HostileCorpus.Body(Works, new { ws = "workspace_123456", sort })));
        }

        string[] enums = ["JobOutcome", "Role", "WorkspaceType", "__TypeKind"];
        foreach (var type in enums)
        {
            foreach (var value in new object?[] { "NOPE", "success", "", 1, null, new[] { "SUCCESS" } })
            {
                corpus.Add(HostileCorpus.Post("bad-enum", HostileCorpus.Body($"query E($e: {type}!) {{ __typename @include(if: true) __type(name: \"Query\") {{ name }} }}", new { e = value })));
            }
        }

        foreach (var type in new[] { "Date", "JSON", "ID", "Int", "Float", "Boolean" })
        {
            foreach (var value in new object?[] { "not a date", "2024-13-45T99:99:99Z", "", 1e308, new { a = new[] { 1 } }, "\ud800", long.MinValue })
            {
                corpus.Add(HostileCorpus.Post("bad-scalar", HostileCorpus.Body($"query S($v: {type}) {{ __typename }}", new { v = value })));
            }
        }

        corpus.Add(HostileCorpus.Post("bad-literal", HostileCorpus.Body("query L { __schema { types { fields(includeDeprecated: NOPE) { name } } } }")));
        corpus.Add(HostileCorpus.Post("bad-literal", HostileCorpus.Body("query L { me { workspaces(filters: { ids: [1, null, {a: 1}] }) { id } } }")));
        corpus.Add(HostileCorpus.Post("bad-literal", HostileCorpus.Body("query L { me { workspaces { connections(limit: 99999999999999999999) { id } } } }")));
    }

    private static void MutatedQueries(Random random, List<HostileRequest> corpus)
    {
        const string Punctuation = "{}()[]:$!@.,\"'#\\ \n\t=&|";
        for (var i = 0; i < 250; i++)
        {
            var query = new StringBuilder(HostileCorpus.ValidQueries[random.Next(HostileCorpus.ValidQueries.Length)]);
            for (var edits = random.Next(1, 6); edits > 0; edits--)
            {
                var at = random.Next(query.Length);
                switch (random.Next(3))
                {
                    case 0:
                        query.Remove(at, 1);
                        break;
                    case 1:
                        query.Insert(at, Punctuation[random.Next(Punctuation.Length)]);
                        break;
                    default:
                        query.Insert(at, (char)random.Next(0x20, 0x3000));
                        break;
                }
            }

            corpus.Add(HostileCorpus.Post("mutated-query", HostileCorpus.Body(query.ToString(), new { ws = "workspace_123456" })));
        }
    }
}
