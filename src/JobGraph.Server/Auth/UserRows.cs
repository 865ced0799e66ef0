using JobGraph.Server.Data.Sql;

namespace JobGraph.Server.Auth;

public static class UserRows
{
    public static readonly SqlTable<User> Table = new("Users", ["Id", "Email", "Name", "Role", "CreatedAt"],
        r => new User { Id = r.GetString(0), Email = r.GetString(1), Name = r.TextOrNull(2), Role = Enum.Parse<UserRole>(r.GetString(3)), CreatedAt = r.Utc(4) });
}
