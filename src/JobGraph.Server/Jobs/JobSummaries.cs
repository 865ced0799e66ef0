using GraphQL.DataLoader;
using JobGraph.Server.DataLoading;

namespace JobGraph.Server.Jobs;

/// <summary>
/// One request's job summaries, one per job: status, outcome and progress of a job are three fields over the same
/// tasks, so the job's tasks are asked for and the rules run once per job instead of once per field.
/// </summary>
public sealed class JobSummaries
{
    // Keyed by the job's id and kept for the job row the three fields share as their source (the same object): a job
    // read twice in one request, e.g. before and after a mutation changed it, is summarised for each row. By id rather
    // than by reference: a reference key costs every row an identity hash, a sixtieth of a poll's time in the profile.
    private readonly Dictionary<string, (ConnectionJob Job, IDataLoaderResult<JobSummary> Summary)> _byJob = new(StringComparer.Ordinal);
    private readonly Lock _sync = new();

    /// <summary>
    /// The summary of <paramref name="job"/>: the result <paramref name="load"/> gave for this job row earlier in the
    /// request, or a new one, loaded and summarised once however many fields read it.
    /// </summary>
    public IDataLoaderResult<JobSummary> Of<TState>(ConnectionJob job, TState state, Func<ConnectionJob, TState, IDataLoaderResult<JobSummary>> load)
    {
        lock (_sync)
        {
            if (_byJob.TryGetValue(job.Id, out var known) && ReferenceEquals(known.Job, job))
            {
                return known.Summary;
            }
        }

        var summary = load(job, state).Once();
        lock (_sync)
        {
            _byJob[job.Id] = (job, summary);
        }

        return summary;
    }
}
