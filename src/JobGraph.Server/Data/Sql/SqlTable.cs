using System.Data.Common;

namespace JobGraph.Server.Data.Sql;

/// <summary>A table as the read path selects it: its name, the columns in the order the row reader reads them, and the reader.</summary>
/// <param name="Name">The table name, as EF Core's migrations created it.</param>
/// <param name="Columns">The selected columns; the reader reads them by position, from the first.</param>
/// <param name="Read">Builds one row from the current record.</param>
public sealed record SqlTable<T>(string Name, string[] Columns, Func<DbDataReader, T> Read);
