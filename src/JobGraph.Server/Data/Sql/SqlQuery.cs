using System.Globalization;
using System.Numerics;
using System.Text;

namespace JobGraph.Server.Data.Sql;

/// <summary>
/// The text and parameter values of one read, in portable SQL: quoted identifiers, named <c>@pN</c> parameters and key
/// lists as <c>IN (@p0, @p1, …)</c>. A key list is padded to a power of two (repeating its last key, which IN ignores),
/// so any batch size maps to one of a few texts and each text is prepared once per connection (<see cref="SqlReads"/>).
/// </summary>
public sealed class SqlQuery
{
    // Above this many keys a list is split over several IN groups joined by OR (the engines' parameter limits).
    private const int MaxKeysPerGroup = 4096;

    private readonly StringBuilder _text = new(512);
    private readonly List<object?> _values = [];

    /// <summary>The SQL text.</summary>
    public string Text => _text.ToString();

    /// <summary>The parameter values: <c>@p0</c> first.</summary>
    public IReadOnlyList<object?> Values => _values;

    /// <summary>Appends literal SQL.</summary>
    public SqlQuery Append(string sql)
    {
        _text.Append(sql);
        return this;
    }

    /// <summary>Appends <c>"alias"."column"</c>.</summary>
    public SqlQuery Column(string alias, string column)
    {
        _text.Append('"').Append(alias).Append("\".\"").Append(column).Append('"');
        return this;
    }

    /// <summary>Appends <c>"alias"."Column", …</c> for every column of <paramref name="table"/>.</summary>
    public SqlQuery Columns<T>(SqlTable<T> table, string alias)
    {
        for (var i = 0; i < table.Columns.Length; i++)
        {
            if (i > 0)
            {
                _text.Append(", ");
            }

            Column(alias, table.Columns[i]);
        }

        return this;
    }

    /// <summary>Appends <c>"Table" AS "alias"</c>.</summary>
    public SqlQuery From<T>(SqlTable<T> table, string alias)
    {
        _text.Append('"').Append(table.Name).Append("\" AS \"").Append(alias).Append('"');
        return this;
    }

    /// <summary>Appends a parameter holding <paramref name="value"/>.</summary>
    public SqlQuery Param(object? value) => Param(value, out _);

    /// <summary>Appends a parameter holding <paramref name="value"/>; <paramref name="name"/> names it again elsewhere in the text.</summary>
    public SqlQuery Param(object? value, out string name)
    {
        name = "@p" + _values.Count.ToString(CultureInfo.InvariantCulture);
        _text.Append(name);
        _values.Add(value);
        return this;
    }

    /// <summary>Appends <c>("alias"."column" IN (@p…))</c> for <paramref name="keys"/>; an empty list matches nothing.</summary>
    public SqlQuery In(string alias, string column, IReadOnlyList<string> keys)
    {
        if (keys.Count == 0)
        {
            _text.Append("1 = 0");
            return this;
        }

        _text.Append('(');
        for (var start = 0; start < keys.Count; start += MaxKeysPerGroup)
        {
            if (start > 0)
            {
                _text.Append(" OR ");
            }

            var count = Math.Min(MaxKeysPerGroup, keys.Count - start);
            var padded = Padded(count);
            Column(alias, column).Append(" IN (");
            for (var i = 0; i < padded; i++)
            {
                if (i > 0)
                {
                    _text.Append(", ");
                }

                Param(keys[start + Math.Min(i, count - 1)]);
            }

            _text.Append(')');
        }

        _text.Append(')');
        return this;
    }

    /// <summary>
    /// How many entries a list of <paramref name="count"/> keys is written as: the next power of two, so that any batch
    /// size maps to one of a few statement texts, each prepared once per connection.
    /// </summary>
    public static int Padded(int count) => (int)BitOperations.RoundUpToPowerOf2((uint)count);

    /// <summary>Appends <c> AND (… IN (…))</c> when <paramref name="values"/> is given; null adds no condition.</summary>
    public SqlQuery AndIn(string alias, string column, IReadOnlyList<string>? values)
        => values is null ? this : Append(" AND ").In(alias, column, values);
}
