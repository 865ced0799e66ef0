using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JobGraph.Server.Data;

/// <summary>
/// Counts the SQL commands EF Core sends while a scope is open. The count flows with the async context, so every
/// loader batch of a request counts towards that request, whichever context it used. The request log reports it.
/// </summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private readonly AsyncLocal<Counter?> _current = new();

    /// <summary>Starts counting for the current async flow (one HTTP request).</summary>
    public Counter BeginScope() => _current.Value = new Counter();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        _current.Value?.Increment();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _current.Value?.Increment();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        _current.Value?.Increment();
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        _current.Value?.Increment();
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        _current.Value?.Increment();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _current.Value?.Increment();
        return ValueTask.FromResult(result);
    }

    /// <summary>The commands counted in one scope.</summary>
    public sealed class Counter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        internal void Increment() => Interlocked.Increment(ref _count);
    }
}
