using Microsoft.EntityFrameworkCore;

namespace JobGraph.Server.Data;

/// <summary>One mutation's unit of work: one context, one transaction; a failed call changes nothing.</summary>
public static class WriteTransaction
{
    /// <summary>
    /// Runs <paramref name="work"/> in a transaction on a fresh context and commits it. When a unique index refuses an
    /// insert (a concurrent identical create won the race), the whole unit runs once more: it then finds the rows the
    /// other call wrote and returns them instead of failing.
    /// </summary>
    public static async Task<T> RunAsync<T>(
        IDbContextFactory<JobGraphDbContext> dbFactory,
        Func<JobGraphDbContext, Task<T>> work,
        CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            // On SQLite this is BEGIN IMMEDIATE: writers queue up before they read, so checks and writes see one state.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                var result = await work(db);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (DbUpdateException) when (attempt == 1)
            {
                // Rolled back on dispose; the second attempt reads what the winner committed.
            }
        }
    }
}
