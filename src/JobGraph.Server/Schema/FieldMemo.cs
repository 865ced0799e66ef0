using System.Runtime.CompilerServices;
using GraphQL;
using GraphQLParser.AST;

namespace JobGraph.Server.Schema;

/// <summary>
/// An answer worked out from a field's syntax alone (what its selection reads), remembered per syntax node: a resolver
/// runs once per parent object with the same node, and the cached document keeps the node across requests. A known
/// answer is looked up without allocating; the first one is computed under the table's lock.
/// </summary>
public sealed class FieldMemo<T>(Func<IResolveFieldContext, T> compute)
    where T : struct
{
    private readonly ConditionalWeakTable<GraphQLField, StrongBox<T>> _byField = [];

    public T Of(IResolveFieldContext ctx)
        => _byField.TryGetValue(ctx.FieldAst, out var known)
            ? known.Value
            : _byField.GetValue(ctx.FieldAst, _ => new StrongBox<T>(compute(ctx))).Value;
}
