using JobGraph.Server.Health;
using JobGraph.Server.Jobs;
using Microsoft.Extensions.Options;

namespace JobGraph.Server.Processing;

/// <summary>
/// Claims tasks with a lease and runs up to <see cref="WorkerOptions.Concurrency"/> of them at once. While a task
/// runs its lease is renewed; when a renewal finds the task no longer this claim's (the job was cancelled, or the
/// lease expired and another engine took over), the work stops and nothing is written. A crashed server's leases
/// simply expire and the tasks are claimed again.
/// </summary>
public sealed class TaskWorker(
    TaskLeases leases,
    ArtifactFetcher fetcher,
    WorkImporter importer,
    WorkerEngine engine,
    WorkerHeartbeat liveness,
    IOptions<WorkerOptions> options,
    TimeProvider clock,
    ILogger<TaskWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            logger.WorkerOff();
            return;
        }

        logger.WorkerStarted(engine.Id, settings.Concurrency);
        liveness.Started();
        try
        {
            await LoopAsync(settings, stoppingToken);
        }
        finally
        {
            // /readyz: a server whose worker ended takes no more processing.
            liveness.Stopped();
        }
    }

    private async Task LoopAsync(WorkerOptions settings, CancellationToken stoppingToken)
    {
        var running = new List<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            running.RemoveAll(t => t.IsCompleted);
            try
            {
                await leases.QueueReadyImportsAsync(stoppingToken);
                if (running.Count < settings.Concurrency)
                {
                    foreach (var task in await leases.ClaimAsync(settings.Concurrency - running.Count, stoppingToken))
                    {
                        running.Add(RunAsync(task, stoppingToken));
                    }
                }

                // A poll that reached the database: the worker is alive and can claim work (/readyz).
                liveness.Beat();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // A busy or unreachable database must not stop the worker for good: the next poll tries again.
                logger.ClaimFailed(e, engine.Id);
            }

            // Wake when the poll interval passes or a running task frees its slot.
            await Task.WhenAny([.. running, Task.Delay(settings.PollInterval, clock, stoppingToken)]);
        }

        await Task.WhenAll(running);
    }

    private async Task RunAsync(JobTask task, CancellationToken stoppingToken)
    {
        // Return to the claim loop at once; the task runs on.
        await Task.Yield();
        using var work = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        using var stopHeartbeat = new CancellationTokenSource();
        var heartbeat = HeartbeatAsync(task, work, stopHeartbeat.Token);
        TaskOutcome? outcome = null;
        try
        {
            outcome = await PerformAsync(task, work.Token);
        }
        catch (Exception) when (work.IsCancellationRequested)
        {
            // Lease lost or server stopping: whatever the interrupted download threw, there is no result.
        }
        catch (Exception e)
        {
            logger.Unexpected(e, task.Id, task.ConnectionJobId);
            outcome = AfterFailure(task, TaskErrorCodes.Internal, "The server could not process the task.", transient: true);
        }
        finally
        {
            await stopHeartbeat.CancelAsync();
        }

        var leaseLost = await heartbeat;
        await RecordAsync(task, outcome, leaseLost);
    }

    private async Task<TaskOutcome> PerformAsync(JobTask task, CancellationToken cancellationToken)
    {
        if (task.Kind == TaskKind.ImportWork)
        {
            return await importer.ImportAsync(task, cancellationToken);
        }

        var url = await leases.SourceUrlAsync(task, cancellationToken);
        logger.Fetching(task.Id, task.ConnectionJobId, Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null, task.Attempts);
        try
        {
            return TaskOutcome.Completed(await fetcher.FetchAsync(url, cancellationToken));
        }
        catch (FetchException e)
        {
            return AfterFailure(task, e.Code, e.Message, e.Transient);
        }
    }

    /// <summary>A transient failure is retried after an exponential backoff until the attempts are used up.</summary>
    private TaskOutcome AfterFailure(JobTask task, string code, string message, bool transient)
    {
        var settings = options.Value;
        if (!transient || task.Attempts >= settings.MaxAttempts)
        {
            return TaskOutcome.Failed(code, message);
        }

        var backoff = settings.RetryBackoff * Math.Pow(2, Math.Min(task.Attempts - 1, 16));
        return TaskOutcome.RetryAt(clock.GetUtcNow().UtcDateTime + backoff, code, message);
    }

    private async Task RecordAsync(JobTask task, TaskOutcome? outcome, bool leaseLost)
    {
        try
        {
            if (outcome is null)
            {
                if (leaseLost)
                {
                    logger.LeaseLost(task.Id, task.ConnectionJobId);
                }
                else
                {
                    await leases.ReleaseAsync(task, CancellationToken.None);
                    logger.HandedBack(task.Id, task.ConnectionJobId);
                }
            }
            else if (await leases.FinishAsync(task, outcome, CancellationToken.None))
            {
                logger.Finished(task.Id, task.ConnectionJobId, outcome.State, task.Attempts, outcome.ErrorCode);
            }
            else
            {
                logger.ResultDropped(task.Id, task.ConnectionJobId);
            }
        }
        catch (Exception e)
        {
            // The lease then expires and the task is claimed again: a retry, never a lost task.
            logger.RecordFailed(e, task.Id, task.ConnectionJobId);
        }
    }

    /// <summary>Renews the lease every third of its length; returns whether the lease was lost (and the work cancelled).</summary>
    private async Task<bool> HeartbeatAsync(JobTask task, CancellationTokenSource work, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(options.Value.Lease / 3, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                bool held;
                try
                {
                    held = await leases.RenewAsync(task, stop);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.RenewalFailed(e, task.Id);
                    continue;
                }

                if (!held)
                {
                    await work.CancelAsync();
                    return true;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The task ended.
        }

        return false;
    }
}
