using System.Runtime.CompilerServices;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace JobGraph.Server.Schema;

/// <summary>
/// GraphQL.NET's parallel strategy for queries, with two costs of large lists taken out. Each selection set's fields
/// are collected once per object type (<see cref="SelectionPlan"/>) rather than once per object; plans of selection sets
/// without directives are kept with the parsed document, which the document cache reuses across requests. And an
/// object's plain leaf fields are resolved while the object completes, their values kept in its
/// <see cref="PlannedObjectNode"/>, instead of each becoming a node the engine queues, executes and completes (a
/// monitoring answer has five leaves per artifact); a single object whose resolver answers at once is completed the
/// same way. A field whose resolver returns a pending result keeps its own node with it; one that fails or answers
/// null for a non-null type gets a fresh node, which resolves it again and reports the error exactly as before.
/// </summary>
public sealed class QueryExecutionStrategy : ParallelExecutionStrategy
{
    private readonly ConditionalWeakTable<GraphQLSelectionSet, PlansByType> _plans = new();
    private InlineFieldContext? _sharedContext;

    protected override ExecutionNode BuildExecutionNode(
        ExecutionNode parent, IGraphType graphType, GraphQLField field, FieldType fieldDefinition, int? indexInParentNode = null)
    {
        var type = graphType is NonNullGraphType nonNull ? nonNull.ResolvedType! : graphType;
        return type is IObjectGraphType or IAbstractGraphType
            ? new PlannedObjectNode(parent, type, field, fieldDefinition, indexInParentNode)
            : base.BuildExecutionNode(parent, graphType, field, fieldDefinition, indexInParentNode);
    }

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        if (parent is PlannedObjectNode planned)
        {
            var inline = Interlocked.Exchange(ref _sharedContext, null) ?? new InlineFieldContext();
            Populate(context, planned, ref inline);
            inline.Clear();
            Interlocked.CompareExchange(ref _sharedContext, inline, null);
            return;
        }

        var plan = Plan(context, parent.GetObjectGraphType(context.Schema)!, parent.SelectionSet!);
        var nodes = new ExecutionNode[plan.Count];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = Child(parent, plan, i);
        }

        parent.SubFields = nodes;
    }

    // Fields resolved while their object completed are not resolved a second time: a completed object, or a leaf
    // holding the pending result its resolver gave.
    protected override Task ExecuteNodeAsync(ExecutionContext context, ExecutionNode node)
        => node is PlannedObjectNode { Completed: true } || (node.Parent is PlannedObjectNode && node.Result is IDataLoaderResult)
            ? Task.CompletedTask
            : base.ExecuteNodeAsync(context, node);

    private void Populate(ExecutionContext context, PlannedObjectNode parent, ref InlineFieldContext inline)
    {
        var type = parent.GetObjectGraphType(context.Schema)!;
        var plan = Plan(context, type, parent.SelectionSet!);
        var slots = new object?[plan.Count];
        var children = 0;
        for (var i = 0; i < slots.Length; i++)
        {
            object? value = null;
            if (plan.Inline[i] == InlineKind.Leaf && TryResolveLeaf(context, parent, type, plan, i, ref inline, out value))
            {
                slots[i] = value;
                continue;
            }

            if (plan.Inline[i] == InlineKind.SingleObject)
            {
                value = ResolveObject(context, parent, type, plan, i, ref inline);
                if (value is InlineObject)
                {
                    slots[i] = value;
                    continue;
                }
            }

            slots[i] = value as ExecutionNode ?? Child(parent, plan, i);
            children++;
        }

        var childNodes = children == 0 ? [] : new ExecutionNode[children];
        for (int i = 0, c = 0; c < children; i++)
        {
            if (slots[i] is ExecutionNode child)
            {
                childNodes[c++] = child;
            }
        }

        parent.SetSlots(plan, slots, childNodes);
    }

    private ExecutionNode Child(ExecutionNode parent, SelectionPlan plan, int i)
        => BuildExecutionNode(parent, plan.Definitions[i].ResolvedType!, plan.Fields[i], plan.Definitions[i]);

    /// <summary>
    /// Runs the field's resolver. True with its result when it answered at once with a value; otherwise false, with
    /// <paramref name="pending"/> a node of its own holding the pending result, or null: the field then gets a fresh
    /// node, which resolves it again in the engine's usual way and reports what went wrong.
    /// </summary>
    private bool TryResolve(
        ExecutionContext context, PlannedObjectNode parent, IObjectGraphType type, SelectionPlan plan, int i, ref InlineFieldContext inline,
        out object? result, out ExecutionNode? pending)
    {
        result = null;
        pending = null;
        inline.Set(context, parent, type, plan.Fields[i], plan.Definitions[i]);
        ValueTask<object?> resolving;
        try
        {
            resolving = (plan.Definitions[i].Resolver ?? NameFieldResolver.Instance).ResolveAsync(inline);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The field's own node resolves it again and reports the exception as the engine does.
        catch (Exception)
        {
            return false;
        }
#pragma warning restore CA1031

        if (!resolving.IsCompleted)
        {
            pending = Pending(parent, plan, i, new PendingResolve(resolving.AsTask()));
            inline = Keep();
            return false;
        }

        if (!resolving.IsCompletedSuccessfully)
        {
            // Observed here; the field's own node resolves it again and reports what it ends with.
            _ = resolving.AsTask().Exception;
            return false;
        }

        result = resolving.Result;
        // The common leaf values first: an exact type test is cheaper than an interface test on a string.
        if (result is null or string or bool or int)
        {
            return true;
        }

        if (result is IDataLoaderResult loading)
        {
            pending = Pending(parent, plan, i, loading);
            inline = Keep();
            return false;
        }

        // A sequence may be computed lazily from the context when it is written; GraphQL.NET keeps such contexts too.
        if (result is System.Collections.IEnumerable)
        {
            inline = Keep();
        }

        return true;
    }

    /// <summary>True with the serialized value when the leaf resolved at once to a value its type accepts.</summary>
    private bool TryResolveLeaf(
        ExecutionContext context, PlannedObjectNode parent, IObjectGraphType type, SelectionPlan plan, int i, ref InlineFieldContext inline, out object? value)
    {
        if (!TryResolve(context, parent, type, plan, i, ref inline, out var result, out var pending))
        {
            value = pending;
            return false;
        }

        value = null;
        var definition = plan.Definitions[i];
        object? serialized;
        try
        {
            serialized = ((ScalarGraphType)plan.NamedTypes[i]).Serialize(result);
        }
#pragma warning disable CA1031 // As above: the field's own node serializes again and reports the failure.
        catch (Exception)
        {
            return false;
        }
#pragma warning restore CA1031

        if (serialized is null && definition.ResolvedType is NonNullGraphType)
        {
            return false;
        }

        value = serialized;
        return true;
    }

    /// <summary>
    /// The object field's node, completed with its own fields planned, when its resolver answered at once with a value
    /// the engine would accept (non-null where required, and of the type); an <see cref="InlineObject"/> instead when
    /// every one of its fields resolved at once too (no node of its own is left for the engine to walk); a node with its
    /// pending result; or null.
    /// </summary>
    private object? ResolveObject(
        ExecutionContext context, PlannedObjectNode parent, IObjectGraphType type, SelectionPlan plan, int i, ref InlineFieldContext inline)
    {
        if (!TryResolve(context, parent, type, plan, i, ref inline, out var result, out var pending))
        {
            return pending;
        }

        var definition = plan.Definitions[i];
        var objectType = (IObjectGraphType)plan.NamedTypes[i];
        if (result is null ? definition.ResolvedType is NonNullGraphType : objectType.IsTypeOf is { } isTypeOf && !isTypeOf(result))
        {
            return null;
        }

        var node = (PlannedObjectNode)Child(parent, plan, i);
        node.Result = result;
        node.Completed = true;
        if (result is null)
        {
            return node;
        }

        try
        {
            Populate(context, node, ref inline);
        }
#pragma warning disable CA1031 // The field's own node completes it again and reports the failure as the engine does.
        catch (Exception)
        {
            return null;
        }
#pragma warning restore CA1031

        return node.SubFields is { Length: 0 } ? new InlineObject(node.Plan!, node.Slots!) : node;
    }

    // A resolver that answered with a pending result may still read its context when it completes, so that context is
    // left to it and the remaining fields get a fresh one (GraphQL.NET does not reuse such a context either).
    private static InlineFieldContext Keep() => new();

    private ExecutionNode Pending(PlannedObjectNode parent, SelectionPlan plan, int i, IDataLoaderResult result)
    {
        var node = Child(parent, plan, i);
        node.Result = result;
        return node;
    }

    private SelectionPlan Plan(ExecutionContext context, IObjectGraphType type, GraphQLSelectionSet selectionSet)
    {
        if (_plans.TryGetValue(selectionSet, out var known) && known.Find(type) is { } plan)
        {
            return plan;
        }

        plan = new SelectionPlan([.. CollectFieldsFrom(context, type, selectionSet, null)]);
        // @skip and @include depend on the request's variables: such a selection is collected per object, as before.
        if (!HasDirectives(context.Document, selectionSet, depth: 0))
        {
            _plans.GetValue(selectionSet, static _ => new PlansByType()).Add(type, plan);
        }

        return plan;
    }

    private static bool HasDirectives(GraphQLDocument document, GraphQLSelectionSet? selectionSet, int depth)
    {
        // Validation refuses fragment cycles; the bound only guards a malformed tree (and then nothing is kept).
        if (selectionSet is null || depth > 32)
        {
            return depth > 32;
        }

        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when field.Directives?.Count > 0:
                    return true;
                case GraphQLInlineFragment inline when inline.Directives?.Count > 0 || HasDirectives(document, inline.SelectionSet, depth + 1):
                    return true;
                case GraphQLFragmentSpread spread when spread.Directives?.Count > 0:
                    return true;
                case GraphQLFragmentSpread spread when document.FindFragmentDefinition(spread.FragmentName.Name) is { } fragment
                    && (fragment.Directives?.Count > 0 || HasDirectives(document, fragment.SelectionSet, depth + 1)):
                    return true;
            }
        }

        return false;
    }

    /// <summary>One selection set's plans, per object type it was collected for (one, unless under an interface or union).</summary>
    private sealed class PlansByType
    {
        private readonly Lock _lock = new();
        private (IObjectGraphType Type, SelectionPlan Plan)[] _plans = [];

        public SelectionPlan? Find(IObjectGraphType type)
        {
            foreach (var (known, plan) in Volatile.Read(ref _plans))
            {
                if (ReferenceEquals(known, type))
                {
                    return plan;
                }
            }

            return null;
        }

        public void Add(IObjectGraphType type, SelectionPlan plan)
        {
            lock (_lock)
            {
                if (Find(type) is null)
                {
                    _plans = [.. _plans, (type, plan)];
                }
            }
        }
    }
}
