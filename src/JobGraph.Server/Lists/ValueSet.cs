namespace JobGraph.Server.Lists;

/// <summary>
/// The values of a list filter field (ids, statuses, keys), compared by value so that equal filters share one batch.
/// A null <see cref="ValueSet"/> means "no filter"; an empty one matches nothing.
/// </summary>
public sealed class ValueSet : IEquatable<ValueSet>
{
    private readonly string[] _values;

    private ValueSet(string[] values) => _values = values;

    /// <summary>The distinct values, in ordinal order.</summary>
    public IReadOnlyList<string> Values => _values;

    /// <summary>Builds a set from a filter list; null stays null (no filter).</summary>
    public static ValueSet? From(IEnumerable<string>? values)
        => values is null ? null : new ValueSet(values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());

    public bool Equals(ValueSet? other) => other is not null && _values.AsSpan().SequenceEqual(other._values);

    public override bool Equals(object? obj) => Equals(obj as ValueSet);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var value in _values)
        {
            hash.Add(value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }
}
