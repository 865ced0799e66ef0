using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JobGraph.Server.Data;

/// <summary>
/// Counts the SQL commands EF Core sends while a scope is open. The count flows with the async context, so every
/// loader batch of a request counts towards that request, whichever context it used. The request log reports it.
/// </summary>
public sealed class SqlCommandCounter : CommandStartInterceptor
{
    private readonly AsyncLocal<Counter?> _current = new();

    /// <summary>Starts counting for the current async flow (one HTTP request).</summary>
    public Counter BeginScope() => _current.Value = new Counter();

    protected override void OnExecuting(DbCommand command, CommandEventData eventData) => Count();

    /// <summary>Counts one command sent outside EF Core (the read path's prepared commands).</summary>
    public void Count() => _current.Value?.Increment();

    /// <summary>The commands counted in one scope.</summary>
    public sealed class Counter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        internal void Increment() => Interlocked.Increment(ref _count);
    }
}
