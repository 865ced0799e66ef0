using JobGraph.Server.DataLoading;

namespace JobGraph.Server.Jobs;

/// <summary>Tasks are listed in creation order.</summary>
public static class TaskOrder
{
    public static readonly SortFields<JobTask> ByCreation = new SortFields<JobTask>(t => t.Id, new("createdAt", false))
        .Add("createdAt", t => t.CreatedAt);
}
