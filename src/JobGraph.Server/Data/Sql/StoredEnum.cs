using System.Globalization;
using System.Text;

namespace JobGraph.Server.Data.Sql;

/// <summary>
/// Enum columns are stored by name (EF Core's string conversion). A read that only needs the value selects it as a
/// number instead: an integer per row is read without allocating, where a name would be a string per row.
/// </summary>
public static class StoredEnum
{
    /// <summary>
    /// <c>CASE expression WHEN 'Name' THEN number … ELSE unknown END</c>: each of <typeparamref name="TEnum"/>'s names
    /// as stored to its number, anything else (a name the API does not know, or NULL) to <paramref name="unknown"/>.
    /// </summary>
    public static string Code<TEnum>(string expression, int unknown)
        where TEnum : struct, Enum
    {
        var sql = new StringBuilder("CASE ").Append(expression);
        foreach (var value in Enum.GetValues<TEnum>())
        {
            sql.Append(" WHEN '").Append(value.ToString()).Append("' THEN ").Append(Convert.ToInt32(value, CultureInfo.InvariantCulture));
        }

        return sql.Append(" ELSE ").Append(unknown.ToString(CultureInfo.InvariantCulture)).Append(" END").ToString();
    }
}
