using GraphQL;
using GraphQL.Types;

namespace JobGraph.Tests.Auth;

/// <summary>
/// GraphQL literals for a field's arguments: the id under test at its position, and a plain value for every other
/// required argument or input field, so the document passes validation and the resolver decides the answer.
/// </summary>
public static class InputLiterals
{
    /// <summary><c>(name: value, …)</c> for <paramref name="field"/>, or "" when it needs none.</summary>
    public static string Arguments(FieldType field, string[]? position)
    {
        var returned = field.ResolvedType!.GetNamedType().Name;
        var given = (field.Arguments ?? [])
            .Select(a => position is [var first, ..] && first == a.Name
                ? $"{a.Name}: {Literal(a.ResolvedType!, position[1..], a.Name, returned)}"
                : IsRequired(a.ResolvedType!, a.DefaultValue) ? $"{a.Name}: {Literal(a.ResolvedType!, null, a.Name, returned)}" : null)
            .OfType<string>()
            .ToList();
        return given.Count == 0 ? "" : $"({string.Join(", ", given)})";
    }

    // rest: the part of the target position below this value; empty at the target itself, null off the target path.
    private static string Literal(IGraphType type, string[]? rest, string name, string returned) => type switch
    {
        NonNullGraphType nonNull => Literal(nonNull.ResolvedType!, rest, name, returned),
        ListGraphType list => $"[{Literal(list.ResolvedType!, rest, name, returned)}]",
        IdGraphType => rest is [] ? $"\"{IsolationCase.TargetHole}\"" : $"\"{IsolationCase.OwnHole(IdEntities.Of(name, returned))}\"",
        IInputObjectGraphType input => "{ " + string.Join(", ", input.Fields
            .Select(f => rest is [var next, ..] && next == f.Name
                ? $"{f.Name}: {Literal(f.ResolvedType!, rest[1..], f.Name, returned)}"
                : IsRequired(f.ResolvedType!, f.DefaultValue) ? $"{f.Name}: {Literal(f.ResolvedType!, null, f.Name, returned)}" : null)
            .OfType<string>()) + " }",
        EnumerationGraphType enumeration => enumeration.Values.First().Name,
        // Plausible values where a resolver checks the shape first; the URL refuses connections at once, so nothing is fetched.
        StringGraphType when name.Contains("url", StringComparison.OrdinalIgnoreCase) => "\"http://127.0.0.1:9/isolation.pdf\"",
        StringGraphType when name.Contains("email", StringComparison.OrdinalIgnoreCase) => "\"isolation@example.test\"",
        StringGraphType => "\"isolation\"",
        IntGraphType => "1",
        FloatGraphType => "1.5",
        BooleanGraphType => "false",
        ScalarGraphType { Name: "Date" } => "\"2025-01-01T00:00:00Z\"",
        ScalarGraphType { Name: "JSON" } => "{}",
        _ => throw new InvalidOperationException($"The isolation matrix has no literal for {type.Name} ('{name}'); add one to {nameof(InputLiterals)}."),
    };

    private static bool IsRequired(IGraphType type, object? defaultValue) => type is NonNullGraphType && defaultValue is null;
}
