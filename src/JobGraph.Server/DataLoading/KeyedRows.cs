using JobGraph.Server.Data.Sql;

namespace JobGraph.Server.DataLoading;

/// <summary>The one-to-many read the by-key loaders share: the rows whose key column is one of the keys, grouped by key.</summary>
public static class KeyedRows
{
    /// <summary><c>SELECT columns FROM table WHERE keyColumn IN (keys) ORDER BY CreatedAt, Id</c>.</summary>
    public static SqlQuery Query<T>(SqlTable<T> table, string keyColumn, IReadOnlyList<string> keys)
        => new SqlQuery().Append("SELECT ").Columns(table, "t").Append(" FROM ").From(table, "t")
            .Append(" WHERE ").In("t", keyColumn, keys)
            .Append(" ORDER BY ").Column("t", "CreatedAt").Append(", ").Column("t", "Id");

    /// <summary>
    /// Groups rows by key, keeping their order. With <paramref name="keyCount"/>, the number of keys asked for, the
    /// groups are sized for their share of the rows up front instead of growing (500 job works of 5 artifacts each).
    /// </summary>
    public static Dictionary<string, List<T>> ByKey<T>(List<T> rows, Func<T, string?> keyOf, int keyCount = 0)
    {
        var byKey = new Dictionary<string, List<T>>(keyCount, StringComparer.Ordinal);
        var share = keyCount == 0 ? 0 : (rows.Count + keyCount - 1) / keyCount;
        foreach (var row in rows)
        {
            var key = keyOf(row)!;
            if (!byKey.TryGetValue(key, out var list))
            {
                byKey[key] = list = new List<T>(share);
            }

            list.Add(row);
        }

        return byKey;
    }
}
