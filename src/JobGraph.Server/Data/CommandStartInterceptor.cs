using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JobGraph.Server.Data;

/// <summary>
/// Calls <see cref="OnExecuting"/> once for every SQL command EF Core is about to send, whatever its kind (reader,
/// scalar, non-query) and whether it runs synchronously or not; the result passes through unchanged.
/// </summary>
public abstract class CommandStartInterceptor : DbCommandInterceptor
{
    /// <summary>A command is about to be sent.</summary>
    protected abstract void OnExecuting(DbCommand command, CommandEventData eventData);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        OnExecuting(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        OnExecuting(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        OnExecuting(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        OnExecuting(command, eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        OnExecuting(command, eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        OnExecuting(command, eventData);
        return ValueTask.FromResult(result);
    }
}
