using JobGraph.Server.Data;

namespace JobGraph.Server.Auth;

/// <summary>Which workspaces a user may write to: the ones they are a member of.</summary>
public static class WorkspaceAccess
{
    /// <summary>
    /// The ids of <paramref name="userId"/>'s workspaces, as a query to compose into a lookup
    /// (<c>rows.Where(r =&gt; r.Id == id &amp;&amp; mine.Contains(r.WorkspaceId))</c>), so the access check costs no round trip
    /// and another tenant's row looks exactly like a missing one.
    /// </summary>
    public static IQueryable<string> WorkspaceIdsOf(JobGraphDbContext db, string userId)
        => db.WorkspaceMemberships.Where(m => m.UserId == userId).Select(m => m.WorkspaceId);
}
