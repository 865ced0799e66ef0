using System.Globalization;

namespace JobGraph.Server.Lists;

/// <summary>Reads a list field of a parsed filter input as a <see cref="ValueSet"/>; omitted or null means no filter.</summary>
public static class FilterValues
{
    public static ValueSet? Get(IDictionary<string, object?> input, string field)
        => input.TryGetValue(field, out var value) && value is IEnumerable<object?> items
            ? ValueSet.From(items.Select(item => Convert.ToString(item, CultureInfo.InvariantCulture)!))
            : null;
}
