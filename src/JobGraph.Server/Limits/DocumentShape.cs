namespace JobGraph.Server.Limits;

/// <summary>What a document would cost, measured with every fragment spread expanded.</summary>
/// <param name="Operations">Operation definitions in the document.</param>
/// <param name="Fields">Fields after fragment expansion.</param>
/// <param name="Aliases">Aliased fields after fragment expansion.</param>
/// <param name="Depth">Deepest field nesting after fragment expansion.</param>
/// <param name="FragmentChain">Longest chain of fragments spreading fragments.</param>
/// <param name="Cost">Estimated work (see <see cref="GraphQLLimitsOptions.MaxCost"/>).</param>
/// <param name="ListVariants">The most distinct argument sets written for one list field.</param>
/// <param name="ListVariantsField">That list field, as <c>Type.field</c>.</param>
/// <param name="FragmentCycle">A fragment that spreads itself, directly or through others; null when there is none.</param>
public sealed record DocumentShape(
    int Operations, double Fields, double Aliases, int Depth, int FragmentChain, double Cost,
    int ListVariants, string? ListVariantsField, string? FragmentCycle);
