using JobGraph.Server.Data.Sql;

namespace JobGraph.Server.Connections;

public static class ProviderRows
{
    public static readonly SqlTable<Provider> Table = new("Providers", ["Key", "Name", "Category"],
        r => new Provider { Key = r.GetString(0), Name = r.TextOrNull(1), Category = r.GetString(2) });
}
