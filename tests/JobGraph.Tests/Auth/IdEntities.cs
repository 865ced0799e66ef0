namespace JobGraph.Tests.Auth;

/// <summary>
/// Which entity an ID argument names, from its name (<c>connectionJobIds</c>) or, for <c>id</c>/<c>ids</c>, from the
/// type the field returns. An id this cannot place fails the matrix, so a new id field is added here, not forgotten.
/// </summary>
public static class IdEntities
{
    public const string User = "user";
    public const string Workspace = "workspace";
    public const string Connection = "connection";
    public const string ConnectionJob = "connectionJob";
    public const string JobWork = "jobWork";
    public const string Work = "work";
    public const string WorkArtifact = "workArtifact";
    public const string JobArtifact = "jobArtifact";
    public const string JobTask = "task";

    private static readonly Dictionary<string, string> _byType = new(StringComparer.Ordinal)
    {
        ["User"] = User,
        ["Workspace"] = Workspace,
        ["ProviderConnection"] = Connection,
        ["ConnectionJob"] = ConnectionJob,
        ["JobWork"] = JobWork,
        ["Work"] = Work,
        ["WorkArtifact"] = WorkArtifact,
        ["JobArtifact"] = JobArtifact,
        ["JobTask"] = JobTask,
    };

    private static readonly Dictionary<string, string> _byStem = new(StringComparer.OrdinalIgnoreCase)
    {
        ["user"] = User,
        ["workspace"] = Workspace,
        ["connection"] = Connection,
        ["connectionJob"] = ConnectionJob,
        ["jobWork"] = JobWork,
        ["work"] = Work,
        ["artifact"] = WorkArtifact,
        ["workArtifact"] = WorkArtifact,
        ["jobArtifact"] = JobArtifact,
        ["jobWorkArtifact"] = JobArtifact,
        ["task"] = JobTask,
    };

    /// <summary>The entity an ID named <paramref name="name"/> on a field returning <paramref name="returnedType"/> names.</summary>
    public static string Of(string name, string returnedType)
    {
        var found = name is "id" or "ids"
            ? _byType.GetValueOrDefault(returnedType)
            : _byStem.GetValueOrDefault(name.EndsWith("Ids", StringComparison.Ordinal) ? name[..^3]
                : name.EndsWith("Id", StringComparison.Ordinal) ? name[..^2] : name);
        return found ?? throw new InvalidOperationException(
            $"The isolation matrix cannot tell what the ID '{name}' (on a field returning {returnedType}) names; add it to {nameof(IdEntities)}.");
    }
}
