using GraphQL;
using JobGraph.Server.Schema;

namespace JobGraph.Server.Jobs;

/// <summary>
/// Whether the job a summary field (status, outcome, progress) belongs to also selects its <c>tasks</c>: then the
/// summary reads the task list that field loads anyway, in the same query; otherwise the facts aggregated in SQL.
/// Both answer alike, so a guess either way costs a query at most, never a different answer. The answer is remembered
/// per syntax node of the summary field: it runs once per job with the same node.
/// </summary>
public sealed class JobTasksSelection
{
    // The parent is the job's own node: its sub-fields are the job's fields as collected, fragments included.
    private readonly FieldMemo<bool> _byField = new(static ctx =>
        ctx.Parent?.SubFields is not { } siblings || siblings.Values.Any(static f => f.FieldType.Name == "tasks"));

    public bool ReadsTasks(IResolveFieldContext ctx) => _byField.Of(ctx);
}
