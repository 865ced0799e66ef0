using System.Data.Common;
using JobGraph.Server.Data.Sql;

namespace JobGraph.Tests.Limits;

/// <summary>
/// Makes the SQL that lists workspaces as slow as a database under a long lock: it waits 30 seconds before it runs,
/// unless the command's cancellation token stops it first. Token checks, which read other tables, stay fast.
/// </summary>
public sealed class SlowWorkspaceSql : ISqlReadListener
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _cancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a workspace query starts waiting.</summary>
    public Task Started => _started.Task;

    /// <summary>Completes when a waiting workspace query is cancelled through its token.</summary>
    public Task Cancelled => _cancelled.Task;

    public async ValueTask OnExecutingAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (command.CommandText.Contains("\"Workspaces\"", StringComparison.Ordinal))
        {
            _started.TrySetResult();
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                _cancelled.TrySetResult();
                throw;
            }
        }
    }
}
