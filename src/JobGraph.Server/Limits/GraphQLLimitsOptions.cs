namespace JobGraph.Server.Limits;

/// <summary>
/// What one request may cost. A document over any limit is refused before GraphQL.NET validates it, so the
/// validation rules only ever walk a bounded document.
/// </summary>
public sealed class GraphQLLimitsOptions
{
    public const string Section = "GraphQLLimits";

    /// <summary>Longest accepted document, in characters.</summary>
    public int MaxDocumentLength { get; set; } = 65_536;

    /// <summary>Operations in one document.</summary>
    public int MaxOperations { get; set; } = 10;

    /// <summary>Deepest field nesting after fragment expansion; also the longest chain of fragment spreads.</summary>
    public int MaxDepth { get; set; } = 20;

    /// <summary>Fields in the document with every fragment spread expanded (counted as often as it is spread).</summary>
    public int MaxFields { get; set; } = 5_000;

    /// <summary>Aliased fields, counted after fragment expansion.</summary>
    public int MaxAliases { get; set; } = 100;

    /// <summary>Estimated work: a field costs 1 plus its children's cost, times the list size for a list field.</summary>
    public double MaxCost { get; set; } = 1_000_000;

    /// <summary>The list size the cost assumes for a list field without a <c>limit</c> (or <c>ids</c> filter) argument.</summary>
    public int DefaultListSize { get; set; } = 10;

    /// <summary>Distinct argument sets of one list field (aliases with different filters); each costs a query.</summary>
    public int MaxListVariants { get; set; } = 10;

    /// <summary>Errors in one response; past this, one TOO_MANY_ERRORS error stands for the rest.</summary>
    public int MaxErrors { get; set; } = 100;

    /// <summary>How long a request may take from parsing to its last resolver, SQL included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
