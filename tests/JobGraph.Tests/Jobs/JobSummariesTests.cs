using GraphQL.DataLoader;
using JobGraph.Server.Jobs;

namespace JobGraph.Tests.Jobs;

/// <summary>
/// A request's job summaries: the fields of one job row share one summary, loaded once; another row of the same job
/// (read again later in the request, e.g. after a mutation changed it) gets a summary of its own.
/// </summary>
public sealed class JobSummariesTests
{
    [Fact]
    public async Task The_fields_of_one_job_row_share_one_summary_loaded_once()
    {
        var summaries = new JobSummaries();
        var job = TaskRows.Job("initiated");
        var loads = 0;

        var first = summaries.Of(job, 0, (j, _) => Load(j, ref loads));
        var second = summaries.Of(job, 0, (j, _) => Load(j, ref loads));

        Assert.Same(first, second);
        Assert.Equal(1, loads);
        Assert.Equal("completed", (await first.GetResultAsync()).Status);
    }

    [Fact]
    public async Task Another_row_of_the_same_job_is_summarised_from_its_own_facts()
    {
        var summaries = new JobSummaries();
        var before = TaskRows.Job("initiated");
        // The same job (TaskRows gives every job one id), read again once it was cancelled.
        var after = TaskRows.Job("initiated, cancelled");
        var loads = 0;

        var beforeSummary = summaries.Of(before, 0, (j, _) => Load(j, ref loads));
        var afterSummary = summaries.Of(after, 0, (j, _) => Load(j, ref loads));
        var beforeAgain = summaries.Of(before, 0, (j, _) => Load(j, ref loads));

        Assert.Equal(3, loads);
        Assert.Equal("completed", (await beforeSummary.GetResultAsync()).Status);
        Assert.Equal("cancelled", (await afterSummary.GetResultAsync()).Status);
        Assert.Equal("completed", (await beforeAgain.GetResultAsync()).Status);
    }

    private static Loaded Load(ConnectionJob job, ref int loads)
    {
        loads++;
        return new Loaded(StatusRules.Summarize(job, JobTaskFacts.None));
    }

    private sealed class Loaded(JobSummary summary) : IDataLoaderResult<JobSummary>
    {
        public Task<JobSummary> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult(summary);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(summary);
    }
}
