using System.Globalization;
using GraphQL;

namespace JobGraph.Server.Lists;

/// <summary>Reads a list field of a parsed filter input as a <see cref="ValueSet"/>; omitted or null means no filter.</summary>
public static class FilterValues
{
    /// <summary>
    /// The most values a list filter takes, as many as a page holds (<see cref="ListArguments.MaxLimit"/>). Each value is
    /// a bound parameter of the list's SQL, and SQLite finds a named parameter by scanning the statement's names: a
    /// filter of 50,000 ids took four seconds of CPU to bind. A longer list is refused before execution (BAD_USER_INPUT).
    /// </summary>
    public const int MaxValues = 1_000;

    public static ValueSet? Get(IDictionary<string, object?> input, string field)
    {
        if (!input.TryGetValue(field, out var value) || value is not IEnumerable<object?> items)
        {
            return null;
        }

        var values = items.Select(item => Convert.ToString(item, CultureInfo.InvariantCulture)!).ToList();
        return values.Count > MaxValues
            ? throw new ExecutionError($"The filter '{field}' takes at most {MaxValues} values; it was given {values.Count}.") { Code = ErrorCodes.BadUserInput }
            : ValueSet.From(values);
    }
}
