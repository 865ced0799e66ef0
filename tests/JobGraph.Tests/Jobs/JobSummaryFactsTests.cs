using System.Text.Json.Nodes;
using JobGraph.Server.Artifacts;
using JobGraph.Server.Jobs;
using JobGraph.Server.Works;
using JobGraph.Server.Workspaces;
using JobGraph.Tests.Fixtures;

namespace JobGraph.Tests.Jobs;

/// <summary>
/// A poll that reads only status, outcome and progress gets them from facts aggregated in SQL; one that also reads the
/// tasks gets them from the task list. Both must answer alike, on the data where the rules are subtle.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class JobSummaryFactsTests(ServerFixture server)
{
    private const string SummaryFields = "id status outcome progress { completedSteps totalSteps currentStep }";

    [Fact]
    public async Task Status_outcome_and_progress_are_the_same_with_and_without_the_task_list()
    {
        // Arrange
        var tenant = await server.CreateTenantAsync();
        var jobs = new List<(JobSeed Seed, JsonObject Expected)>();
        var hour = 0;
        JobSeed NewJob(bool importInitiated = true) => new(tenant, importInitiated: importInitiated, createdAt: Tenant.Epoch.AddHours(++hour));

        // An artifact re-created after its fetch failed: the second fetch counts, the failure is history.
        var retried = NewJob();
        var retriedWork = retried.AddJobWork();
        var retriedArtifact = retried.AddArtifact(retriedWork);
        retried.AddTask(TaskKind.FetchArtifact, TaskState.Failed, retriedWork, retriedArtifact);
        retried.AddTask(TaskKind.FetchArtifact, TaskState.Complete, retriedWork, retriedArtifact);
        retried.AddArtifact(retriedWork, TaskState.Complete);
        retried.AddTask(TaskKind.ImportWork, TaskState.Failed, retriedWork);
        retried.AddTask(TaskKind.ImportWork, TaskState.Complete, retriedWork);
        jobs.Add((retried, Expected(retried, "completed", "SUCCESS", 3, 3, null)));

        // A retry running since long after it was created, and a running task without a start time, created after the
        // retry: the step without a start counts from its creation, so it is the older one.
        var running = NewJob();
        var runningWork = running.AddJobWork();
        var runningArtifact = running.AddArtifact(runningWork);
        running.AddTask(TaskKind.FetchArtifact, TaskState.Failed, runningWork, runningArtifact);
        var retry = running.AddTask(TaskKind.FetchArtifact, TaskState.Running, runningWork, runningArtifact);
        retry.StartedAt = retry.CreatedAt.AddHours(1);
        var unstarted = FetchOf(running, running.AddArtifact(runningWork, TaskState.Running));
        unstarted.StartedAt = null;
        running.AddArtifact(runningWork, TaskState.Complete);
        running.AddTask(TaskKind.ImportWork, TaskState.Pending, runningWork);
        jobs.Add((running, Expected(running, "active", null, 1, 4, unstarted.Name)));

        // The other way round: a running task without a start time created after one that started is the younger one.
        var started = NewJob();
        var startedWork = started.AddJobWork();
        var startedFirst = FetchOf(started, started.AddArtifact(startedWork, TaskState.Running));
        var createdLater = FetchOf(started, started.AddArtifact(startedWork, TaskState.Running));
        createdLater.StartedAt = null;
        jobs.Add((started, Expected(started, "active", null, 0, 2, startedFirst.Name)));

        // Two fetches of one artifact created at the same instant: the greater id is the latest, compared by ordinal
        // ('a' after 'Z'; a culture-aware comparison would put it first).
        var tied = NewJob();
        var tiedWork = tied.AddJobWork();
        var tiedArtifact = tied.AddArtifact(tiedWork);
        var instant = tied.Job.CreatedAt.AddMinutes(30);
        var tieId = TestIds.New("task");
        tied.Tasks.Add(TaskAt(tied, tieId + "-Z", TaskKind.FetchArtifact, TaskState.Complete, tiedWork, tiedArtifact, instant));
        tied.Tasks.Add(TaskAt(tied, tieId + "-a", TaskKind.FetchArtifact, TaskState.Failed, tiedWork, tiedArtifact, instant));
        tied.AddArtifact(tiedWork, TaskState.Complete);
        jobs.Add((tied, Expected(tied, "failed", "PARTIAL_SUCCESS", 2, 2, null)));

        // Two tasks running since the same instant: the smaller id by ordinal is the current step.
        var tiedSteps = NewJob();
        var tiedStepsWork = tiedSteps.AddJobWork();
        var stepId = TestIds.New("task");
        var stepInstant = tiedSteps.Job.CreatedAt.AddMinutes(30);
        tiedSteps.Tasks.Add(TaskAt(tiedSteps, stepId + "-a", TaskKind.FetchArtifact, TaskState.Running, tiedStepsWork, tiedSteps.AddArtifact(tiedStepsWork), stepInstant));
        var stepZ = TaskAt(tiedSteps, stepId + "-Z", TaskKind.FetchArtifact, TaskState.Running, tiedStepsWork, tiedSteps.AddArtifact(tiedStepsWork), stepInstant);
        tiedSteps.Tasks.Add(stepZ);
        jobs.Add((tiedSteps, Expected(tiedSteps, "active", null, 0, 2, stepZ.Name)));

        // Aborted by a fatal task while another still runs: failed, and no current step.
        var aborted = NewJob();
        var abortedWork = aborted.AddJobWork();
        aborted.AddArtifact(abortedWork, TaskState.Complete);
        aborted.AddArtifact(abortedWork, TaskState.Running);
        aborted.Job.AbortedAt = aborted.Job.CreatedAt.AddMinutes(10);
        jobs.Add((aborted, Expected(aborted, "failed", "PARTIAL_SUCCESS", 1, 2, null)));

        // Cancelled with nothing completed and a task winding down.
        var cancelled = NewJob();
        var cancelledWork = cancelled.AddJobWork();
        cancelled.AddArtifact(cancelledWork, TaskState.Cancelled);
        cancelled.AddArtifact(cancelledWork, TaskState.Running);
        cancelled.Job.CancelledAt = cancelled.Job.CreatedAt.AddMinutes(10);
        jobs.Add((cancelled, Expected(cancelled, "cancelled", "FAILURE", 1, 2, null)));

        // Jobs without tasks, each in a different state.
        var notInitiated = NewJob(importInitiated: false);
        jobs.Add((notInitiated, Expected(notInitiated, "pending", null, 0, 0, null)));
        var empty = NewJob();
        jobs.Add((empty, Expected(empty, "completed", "SUCCESS", 0, 0, null)));
        var cancelledEmpty = NewJob();
        cancelledEmpty.Job.CancelledAt = cancelledEmpty.Job.CreatedAt.AddMinutes(10);
        jobs.Add((cancelledEmpty, Expected(cancelledEmpty, "cancelled", "FAILURE", 0, 0, null)));

        // Finished, then an artifact re-created: its new fetch is only queued, but an attempt started, so active.
        var recreated = NewJob();
        var recreatedWork = recreated.AddJobWork();
        var recreatedArtifact = recreated.AddArtifact(recreatedWork);
        recreated.AddTask(TaskKind.FetchArtifact, TaskState.Complete, recreatedWork, recreatedArtifact);
        recreated.AddTask(TaskKind.FetchArtifact, TaskState.Queued, recreatedWork, recreatedArtifact);
        jobs.Add((recreated, Expected(recreated, "active", null, 0, 1, null)));

        // Imports of two job works retried in turn: the attempts at one job work are not adjacent in creation order, and
        // each job work's latest counts.
        var imports = NewJob();
        var firstWork = imports.AddJobWork();
        var secondWork = imports.AddJobWork();
        imports.AddTask(TaskKind.ImportWork, TaskState.Failed, firstWork);
        imports.AddTask(TaskKind.ImportWork, TaskState.Failed, secondWork);
        imports.AddTask(TaskKind.ImportWork, TaskState.Complete, firstWork);
        imports.AddTask(TaskKind.ImportWork, TaskState.Complete, secondWork);
        jobs.Add((imports, Expected(imports, "completed", "SUCCESS", 2, 2, null)));

        // An artifact fetched again under another job work than its first fetch: still one artifact, the later fetch counts.
        var moved = NewJob();
        var movedArtifact = moved.AddArtifact(moved.AddJobWork());
        moved.AddTask(TaskKind.FetchArtifact, TaskState.Complete, moved.JobWorks[0], movedArtifact);
        moved.AddTask(TaskKind.FetchArtifact, TaskState.Failed, moved.AddJobWork(), movedArtifact);
        jobs.Add((moved, Expected(moved, "failed", "FAILURE", 1, 1, null)));

        // Initiated, nothing started yet; job-wide tasks (no job work, no artifact) each count on their own.
        var queued = NewJob();
        queued.AddArtifact(queued.AddJobWork(), TaskState.Queued);
        queued.AddTask(TaskKind.ImportWork, TaskState.Pending);
        queued.AddTask(TaskKind.ImportWork, TaskState.Pending);
        jobs.Add((queued, Expected(queued, "pending", null, 0, 3, null)));

        foreach (var (seed, _) in jobs)
        {
            await server.SeedAsync(seed.AddTo);
        }

        // Act
        var (fromFacts, factsCommands) = await PollAsync(tenant, PollQuery("PollJobs", SummaryFields));
        var (fromTasks, tasksCommands) = await PollAsync(tenant, PollQuery("PollJobsWithTasks", SummaryFields + " tasks { id }"));

        // Assert
        JsonArray expected = [.. jobs.Select(j => j.Expected)];
        Assert.Equal(expected.ToJsonString(), fromFacts.ToJsonString());
        Assert.Equal(
            jobs.Select(j => j.Seed.Tasks.Select(t => t.Id).Order(StringComparer.Ordinal)),
            fromTasks.Select(j => j!["tasks"]!.AsArray().Select(t => (string)t!["id"]!).Order(StringComparer.Ordinal)));
        foreach (var job in fromTasks)
        {
            job!.AsObject().Remove("tasks");
        }

        Assert.Equal(fromFacts.ToJsonString(), fromTasks.ToJsonString());
        // Either way the tasks of every job are one batched read: the facts cost no query of their own.
        Assert.Equal(tasksCommands, factsCommands);
    }

    [Fact]
    public async Task Jobs_of_two_workspaces_polled_in_one_request_count_only_their_own_tasks()
    {
        // Arrange: the user's second workspace has a connection of its own; one batch reads the tasks of both.
        var tenant = await server.CreateTenantAsync();
        var other = tenant with { WorkspaceId = TestIds.New("workspace"), ConnectionId = TestIds.New("connection") };
        await server.SeedAsync(db =>
        {
            db.Workspaces.Add(Tenant.NewWorkspace(other.WorkspaceId, Tenant.Epoch));
            db.WorkspaceMemberships.Add(new WorkspaceMembership { UserId = tenant.UserId, WorkspaceId = other.WorkspaceId, CreatedAt = Tenant.Epoch });
            db.Connections.Add(other.Connection(other.ConnectionId, "canopy", "active", Tenant.Epoch));
        });
        var active = new JobSeed(tenant, createdAt: Tenant.Epoch.AddHours(1));
        var activeWork = active.AddJobWork();
        active.AddArtifact(activeWork, TaskState.Complete);
        var step = FetchOf(active, active.AddArtifact(activeWork, TaskState.Running));
        var completed = new JobSeed(tenant, createdAt: Tenant.Epoch.AddHours(2));
        completed.AddArtifact(completed.AddJobWork(), TaskState.Complete);
        var retried = new JobSeed(other, createdAt: Tenant.Epoch.AddHours(1));
        var retriedWork = retried.AddJobWork();
        var retriedArtifact = retried.AddArtifact(retriedWork);
        retried.AddTask(TaskKind.FetchArtifact, TaskState.Failed, retriedWork, retriedArtifact);
        retried.AddTask(TaskKind.FetchArtifact, TaskState.Complete, retriedWork, retriedArtifact);
        var failed = new JobSeed(other, createdAt: Tenant.Epoch.AddHours(2));
        var failedWork = failed.AddJobWork();
        failed.AddArtifact(failedWork, TaskState.Failed);
        failed.AddArtifact(failedWork, TaskState.Complete);
        foreach (var seed in new[] { active, completed, retried, failed })
        {
            await server.SeedAsync(seed.AddTo);
        }

        // Act
        var (fromFacts, factsCommands) = await PollBothAsync(tenant, other, SummaryFields);
        var (fromTasks, tasksCommands) = await PollBothAsync(tenant, other, SummaryFields + " tasks { id }");

        // Assert
        JsonArray expected =
        [
            new JsonArray(Expected(active, "active", null, 1, 2, step.Name), Expected(completed, "completed", "SUCCESS", 1, 1, null)),
            new JsonArray(Expected(retried, "completed", "SUCCESS", 1, 1, null), Expected(failed, "failed", "PARTIAL_SUCCESS", 2, 2, null)),
        ];
        Assert.Equal(expected.ToJsonString(), fromFacts.ToJsonString());
        foreach (var job in fromTasks.SelectMany(jobs => jobs!.AsArray()))
        {
            job!.AsObject().Remove("tasks");
        }

        Assert.Equal(fromFacts.ToJsonString(), fromTasks.ToJsonString());
        Assert.Equal(tasksCommands, factsCommands);
    }

    // The jobs of the first and of the second workspace's connection, in that order.
    private async Task<(JsonArray Jobs, int SqlCommands)> PollBothAsync(Tenant first, Tenant second, string jobFields)
    {
        var sourcePlatform = TestIds.New("poll");
        var query = $$"""
            query PollBoth($ids: [ID!]!) {
              me { workspaces(filters: { ids: $ids }) { id connections { connectionJobs(limit: 100) { {{jobFields}} } } } }
            }
            """;
        var response = await server.Client(first.Token).PostAsync(query, new { ids = new[] { first.WorkspaceId, second.WorkspaceId } }, sourcePlatform: sourcePlatform);
        var workspaces = response.AssertData()["me"]!["workspaces"]!.AsArray();
        var byWorkspace = new[] { first.WorkspaceId, second.WorkspaceId }
            .Select(id => Assert.Single(workspaces, w => (string)w!["id"]! == id)!)
            .Select(w => Assert.Single(w["connections"]!.AsArray())!["connectionJobs"]!.DeepClone());
        var log = await RequestLog.ForAsync(server, sourcePlatform);
        return ([.. byWorkspace], Convert.ToInt32(log.Values["SqlCommands"]));
    }

    private static string PollQuery(string name, string jobFields) => $$"""
        query {{name}}($ws: ID!, $c: ID!) {
          me {
            workspaces(filters: { ids: [$ws] }) {
              connections(filters: { ids: [$c] }) {
                connectionJobs(limit: 100) { {{jobFields}} }
              }
            }
          }
        }
        """;

    private async Task<(JsonArray Jobs, int SqlCommands)> PollAsync(Tenant tenant, string query)
    {
        var sourcePlatform = TestIds.New("poll");
        var response = await server.Client(tenant.Token).PostAsync(query, new { ws = tenant.WorkspaceId, c = tenant.ConnectionId }, sourcePlatform: sourcePlatform);
        var connection = MeTree.SingleConnection(response.AssertData());
        var log = await RequestLog.ForAsync(server, sourcePlatform);
        return (connection["connectionJobs"]!.AsArray(), Convert.ToInt32(log.Values["SqlCommands"]));
    }

    private static JsonObject Expected(JobSeed seed, string status, string? outcome, int completedSteps, int totalSteps, string? currentStep) => new()
    {
        ["id"] = seed.Job.Id,
        ["status"] = status,
        ["outcome"] = outcome,
        ["progress"] = new JsonObject
        {
            ["completedSteps"] = completedSteps,
            ["totalSteps"] = totalSteps,
            ["currentStep"] = currentStep,
        },
    };

    private static JobTask FetchOf(JobSeed seed, WorkArtifact artifact) => seed.Tasks.Single(t => t.WorkArtifactId == artifact.Id);

    // A task with a chosen id and creation time, for ties the seed's own clock never makes.
    private static JobTask TaskAt(JobSeed seed, string id, TaskKind kind, TaskState state, JobWork jobWork, WorkArtifact artifact, DateTime at) => new()
    {
        Id = id,
        WorkspaceId = seed.Job.WorkspaceId,
        ConnectionJobId = seed.Job.Id,
        Kind = kind,
        Name = "Fetch " + id,
        JobWorkId = jobWork.Id,
        WorkId = jobWork.WorkId,
        WorkArtifactId = artifact.Id,
        Status = state,
        Attempts = 1,
        CreatedAt = at,
        UpdatedAt = at,
        StartedAt = at,
        CompletedAt = StatusRules.IsTerminal(state) ? at : null,
    };
}
