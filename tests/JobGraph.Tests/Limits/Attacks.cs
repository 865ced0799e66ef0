namespace JobGraph.Tests.Limits;

/// <summary>Documents built the way an attacker builds them: small text, huge expanded size.</summary>
public static class Attacks
{
    /// <summary><c>F1 { ...F2 ...F2 }</c>, <c>F2 { ...F3 ...F3 }</c> ... <paramref name="depth"/> deep: 2^depth fields.</summary>
    public static string FragmentFanOut(int depth)
        => "query FanOut { ...F1 } "
        + string.Concat(Enumerable.Range(1, depth - 1).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} "))
        + $"fragment F{depth} on Query {{ __typename }}";

    /// <summary><paramref name="count"/> aliased <c>__type</c> lookups under one response name, each with its own argument.</summary>
    public static string SameNameTypeLookups(int count)
        => "query Types { " + string.Join(" ", Enumerable.Range(1, count).Select(i => $"x: __type(name: \"T{i}\") {{ name }}")) + " }";

    /// <summary><paramref name="count"/> copies of the three-level list <c>workspaces { connections { jobWorks { id } } }</c>.</summary>
    public static string ListCopies(int count)
        => "query Copies { me { " + string.Concat(Enumerable.Repeat("workspaces { connections { jobWorks { id } } } ", count)) + "} }";

    /// <summary><paramref name="count"/> aliased <c>connections</c> lists, each with its own <c>ids</c> filter.</summary>
    public static string AliasedConnections(int count, Func<int, string>? id = null)
        => "query Aliased { me { workspaces { "
        + string.Join(" ", Enumerable.Range(0, count).Select(i => $"c{i}: connections(filters: {{ ids: [\"{(id ?? (n => $"connection_{n}"))(i)}\"] }}) {{ id }}"))
        + " } } }";
}
