using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using JobGraph.Server.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace JobGraph.Server.Data.Sql;

/// <summary>
/// Runs the DataLoaders' reads as plain ADO.NET on the provider and connection string EF Core is configured with.
/// EF Core creates and prepares a new command for every execution: SQLite compiled each loader's statement again on
/// every request (a third of a status request's time in the profile) and EF's query pipeline and materializer
/// allocated a few hundred KB per request. Here each pooled connection stays open and keeps every statement it has
/// prepared, so a read binds its parameters and steps; rows are read by the caller's delegate, column by column.
/// Commands are counted and traced like EF Core's.
/// </summary>
public sealed class SqlReads : IDisposable
{
    // Enough open connections for the request threads of a busy server; more are opened when needed and closed on return.
    private static readonly int _maxIdle = Math.Max(8, Environment.ProcessorCount * 4);

    private readonly ConcurrentQueue<PreparedConnection> _idle = new();
    private readonly Lazy<Func<DbConnection>> _open;
    private readonly SqlCommandCounter _counter;
    private readonly ISqlReadListener[] _listeners;
    private int _idleCount;

    public SqlReads(IDbContextFactory<JobGraphDbContext> dbFactory, SqlCommandCounter counter, IEnumerable<ISqlReadListener> listeners)
    {
        _counter = counter;
        _listeners = [.. listeners];
        _open = new(() =>
        {
            using var db = dbFactory.CreateDbContext();
            var template = db.Database.GetDbConnection();
            var provider = DbProviderFactories.GetFactory(template) ?? throw new InvalidOperationException("The database provider has no DbProviderFactory.");
            var connectionString = template.ConnectionString;
            return () =>
            {
                var connection = provider.CreateConnection()!;
                connection.ConnectionString = connectionString;
                return connection;
            };
        });
    }

    /// <summary>Runs <paramref name="query"/> and reads every row with <paramref name="read"/>.</summary>
    public async Task<List<T>> ListAsync<T>(SqlQuery query, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await ReadAsync(query, (rows, read), static (r, state) => state.rows.Add(state.read(r)), cancellationToken).ConfigureAwait(false);
        return rows;
    }

    /// <summary>
    /// Runs <paramref name="query"/> and hands each row to <paramref name="read"/> with <paramref name="state"/>, for a
    /// caller that folds the rows as they come instead of keeping one value per row.
    /// </summary>
    public async Task ReadAsync<TState>(SqlQuery query, TState state, Action<DbDataReader, TState> read, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var connection = await RentAsync(cancellationToken).ConfigureAwait(false);
        var healthy = false;
        try
        {
            var command = connection.Command(query.Text, query.Values.Count);
            for (var i = 0; i < query.Values.Count; i++)
            {
                command.Parameters[i].Value = query.Values[i] ?? DBNull.Value;
            }

            _counter.Count();
            using var activity = Trace(command);
            foreach (var listener in _listeners)
            {
                await listener.OnExecutingAsync(command, cancellationToken).ConfigureAwait(false);
            }

            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                for (var count = 1; await reader.ReadAsync(cancellationToken).ConfigureAwait(false); count++)
                {
                    read(reader, state);
                    // A large result stops between rows once the request is cancelled or past its timeout.
                    if ((count & 0xFF) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }
                }
            }

            healthy = true;
        }
        catch (OperationCanceledException)
        {
            // The reader was disposed, so the connection is idle again and keeps its statements.
            healthy = true;
            throw;
        }
        finally
        {
            Return(connection, healthy);
        }
    }

    public void Dispose()
    {
        while (_idle.TryDequeue(out var connection))
        {
            connection.Dispose();
        }
    }

    private async ValueTask<PreparedConnection> RentAsync(CancellationToken cancellationToken)
    {
        if (_idle.TryDequeue(out var idle))
        {
            Interlocked.Decrement(ref _idleCount);
            return idle;
        }

        var connection = _open.Value();
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new PreparedConnection(connection);
    }

    private void Return(PreparedConnection connection, bool healthy)
    {
        // A connection that failed in an unknown way is not trusted again.
        if (healthy && Interlocked.Increment(ref _idleCount) <= _maxIdle)
        {
            _idle.Enqueue(connection);
            return;
        }

        if (healthy)
        {
            Interlocked.Decrement(ref _idleCount);
        }

        connection.Dispose();
    }

    private static Activity? Trace(DbCommand command)
    {
        if (!JobGraphTelemetry.Source.HasListeners())
        {
            return null;
        }

        var activity = JobGraphTelemetry.Source.StartActivity("sql SELECT", ActivityKind.Client);
        activity?.SetTag("db.query.text", command.CommandText);
        return activity;
    }
}
