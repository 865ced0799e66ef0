namespace JobGraph.Tests.Auth;

/// <summary>
/// One place of the schema where a caller puts an id, as a document with holes: <see cref="TargetHole"/> for the id
/// under test and <see cref="OwnHole"/> for other required ids, which are the caller's own.
/// </summary>
/// <param name="Name">The path and the argument, e.g. <c>me.workspaces.connections(filters.ids)</c>.</param>
/// <param name="Entity">What the id names, a key of <see cref="IdEntities"/>.</param>
/// <param name="IsMutation">Whether the field is a root field of Mutation.</param>
/// <param name="Template">The document, with holes for the ids.</param>
/// <param name="ResponsePath">The response keys down to the field under test, to prove it ran.</param>
public sealed record IsolationCase(string Name, string Entity, bool IsMutation, string Template, IReadOnlyList<string> ResponsePath)
{
    public const string TargetHole = "$$TARGET$$";

    public static string OwnHole(string entity) => $"$$OWN:{entity}$$";

    /// <summary>The document with <paramref name="id"/> under test and the caller's own ids elsewhere.</summary>
    public string Render(string id, IReadOnlyDictionary<string, string> callerIds)
    {
        var text = Template.Replace(TargetHole, id, StringComparison.Ordinal);
        foreach (var (entity, own) in callerIds)
        {
            text = text.Replace(OwnHole(entity), own, StringComparison.Ordinal);
        }

        return text;
    }

    public override string ToString() => Name;
}
