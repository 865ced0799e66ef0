using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using JobGraph.Server.Telemetry;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JobGraph.Server.Data;

/// <summary>A span per SQL command EF Core sends, as a child of whatever span is current (a DataLoader batch).</summary>
public sealed class SqlCommandTracing : CommandStartInterceptor
{
    private readonly ConcurrentDictionary<Guid, Activity> _open = new();

    protected override void OnExecuting(DbCommand command, CommandEventData eventData) => Start(command, eventData);

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Stop(eventData.CommandId, null);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Stop(eventData.CommandId, null);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Stop(eventData.CommandId, null);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Stop(eventData.CommandId, null);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Stop(eventData.CommandId, null);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Stop(eventData.CommandId, null);
        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Stop(eventData.CommandId, eventData.Exception);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Stop(eventData.CommandId, eventData.Exception);
        return Task.CompletedTask;
    }

    private void Start(DbCommand command, CommandEventData eventData)
    {
        // Every command passes here: with nobody listening, the span's name is not worth building.
        if (!JobGraphTelemetry.Source.HasListeners())
        {
            return;
        }

        var parent = Activity.Current;
        var activity = JobGraphTelemetry.Source.StartActivity($"sql {Verb(command.CommandText)}", ActivityKind.Client);
        if (activity is null)
        {
            return;
        }

        activity.SetTag("db.system.name", "sqlite");
        activity.SetTag("db.query.text", command.CommandText);
        _open[eventData.CommandId] = activity;
        // The command ends in another callback: later work of this flow must not become this span's child.
        Activity.Current = parent;
    }

    private static string Verb(string commandText)
    {
        var text = commandText.AsSpan().TrimStart();
        var end = 0;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return end == 0 ? "SQL" : text[..end].ToString().ToUpperInvariant();
    }

    private void Stop(Guid commandId, Exception? failure)
    {
        if (!_open.TryRemove(commandId, out var activity))
        {
            return;
        }

        if (failure is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, failure.GetType().Name);
        }

        activity.Stop();
    }
}
