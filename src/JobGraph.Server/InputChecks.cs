namespace JobGraph.Server;

/// <summary>Checks of mutation arguments the schema's types cannot express; each failure is a <c>BAD_USER_INPUT</c> error.</summary>
public static class InputChecks
{
    /// <summary>Longest name, type or external id: the columns hold 256 characters.</summary>
    public const int MaxTextLength = 256;

    public static void BatchSize(int count, int max, string what)
    {
        if (count < 1 || count > max)
        {
            throw MutationErrors.BadUserInput($"inputs must hold 1 to {max} {what} per call; got {count}. Split larger batches into several calls.");
        }
    }

    /// <summary>A required text that is neither blank nor longer than <see cref="MaxTextLength"/>.</summary>
    public static void Text(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw MutationErrors.BadUserInput($"{field} must not be blank.");
        }

        if (value.Length > MaxTextLength)
        {
            throw MutationErrors.BadUserInput($"{field} must be at most {MaxTextLength} characters long.");
        }
    }

    /// <summary>Every external id at most once in one call: two inputs naming the same record contradict each other.</summary>
    public static void UniqueExternalIds(IReadOnlyList<string> externalIds)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < externalIds.Count; i++)
        {
            if (!seen.TryAdd(externalIds[i], i))
            {
                throw MutationErrors.BadUserInput($"inputs[{i}].externalId '{externalIds[i]}' repeats inputs[{seen[externalIds[i]]}].externalId; each externalId may appear once per call.");
            }
        }
    }

    /// <summary>
    /// The creation time of the <paramref name="index"/>-th row a call creates: a microsecond apart (the finest step
    /// PostgreSQL keeps), so lists ordered by createdAt show a batch in input order instead of by random id.
    /// </summary>
    public static DateTime InputOrder(DateTime now, int index) => now.AddMicroseconds(index);
}
