using GraphQL;
using GraphQL.Types;

namespace JobGraph.Tests.Auth;

/// <summary>
/// Generates the tenant isolation cases from a live schema: every argument position that takes an ID (a direct ID
/// argument, or an ID field of an input object, lists included) on every field reachable from the Query root, and on
/// every field of the Mutation root when there is one. Each case is one document reaching that field.
/// </summary>
public static class IsolationMatrix
{
    public static IReadOnlyList<IsolationCase> Build(ISchema schema)
    {
        schema.Initialize();
        var cases = new List<IsolationCase>();
        Walk(schema.Query, [], [schema.Query.Name], cases);
        foreach (var field in schema.Mutation?.Fields ?? [])
        {
            cases.AddRange(CasesOf([], field, isMutation: true));
        }

        return cases;
    }

    // A type already on the path is not entered again: the walk reaches every field without looping through back links.
    private static void Walk(IComplexGraphType type, IReadOnlyList<FieldType> path, HashSet<string> onPath, List<IsolationCase> cases)
    {
        foreach (var field in type.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            cases.AddRange(CasesOf(path, field, isMutation: false));
            if (field.ResolvedType!.GetNamedType() is IComplexGraphType child && !onPath.Contains(child.Name))
            {
                Walk(child, [.. path, field], new HashSet<string>(onPath) { child.Name }, cases);
            }
        }
    }

    private static IEnumerable<IsolationCase> CasesOf(IReadOnlyList<FieldType> path, FieldType field, bool isMutation)
    {
        var returned = field.ResolvedType!.GetNamedType().Name;
        foreach (var argument in field.Arguments ?? [])
        {
            foreach (var position in IdPositions(argument.ResolvedType!, [argument.Name], []))
            {
                var names = path.Select(f => f.Name).Append(field.Name).ToList();
                yield return new IsolationCase(
                    $"{(isMutation ? "Mutation." : "")}{string.Join('.', names)}({string.Join('.', position)})",
                    IdEntities.Of(position[^1], returned),
                    isMutation,
                    Document(path, field, position, isMutation),
                    names);
            }
        }
    }

    /// <summary>The argument paths below <paramref name="type"/> that end in an ID, e.g. <c>[filters, ids]</c>.</summary>
    private static IEnumerable<string[]> IdPositions(IGraphType type, string[] prefix, HashSet<string> inputsOnPath)
    {
        var named = type.GetNamedType();
        if (named is IdGraphType)
        {
            yield return prefix;
        }
        else if (named is IInputObjectGraphType input && !inputsOnPath.Contains(input.Name))
        {
            var inside = new HashSet<string>(inputsOnPath) { input.Name };
            foreach (var position in input.Fields.SelectMany(f => IdPositions(f.ResolvedType!, [.. prefix, f.Name], inside)))
            {
                yield return position;
            }
        }
    }

    private static string Document(IReadOnlyList<FieldType> path, FieldType field, string[] position, bool isMutation)
    {
        var document = $"{field.Name}{InputLiterals.Arguments(field, position)}{IdSelection(field)}";
        foreach (var parent in path.Reverse())
        {
            document = $"{parent.Name}{InputLiterals.Arguments(parent, null)} {{ {document} }}";
        }

        return $"{(isMutation ? "mutation" : "query")} IsolationMatrix {{ {document} }}";
    }

    /// <summary>Every field of the result that returns an id, so a leak of any of them shows in the answer.</summary>
    private static string IdSelection(FieldType field) => field.ResolvedType!.GetNamedType() switch
    {
        IComplexGraphType complex => " { __typename "
            + string.Concat(complex.Fields
                .Where(f => f.ResolvedType!.GetNamedType() is IdGraphType && !(f.Arguments ?? []).Any(a => a.ResolvedType is NonNullGraphType))
                .Select(f => f.Name + " "))
            + "}",
        UnionGraphType => " { __typename }",
        _ => "",
    };
}
