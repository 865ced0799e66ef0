using System.Runtime.CompilerServices;
using GraphQL;
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
/// monitoring answer has five leaves per artifact). A leaf whose resolver returns a pending result keeps its own node;
/// one that fails or answers null for a non-null type gets its own node, which resolves it again and reports the error
/// exactly as before.
/// </summary>
public sealed class QueryExecutionStrategy : ParallelExecutionStrategy
{
    private readonly ConditionalWeakTable<GraphQLSelectionSet, PlansByType> _plans = new();
    private LeafFieldContext? _sharedLeafContext;

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
        var type = parent.GetObjectGraphType(context.Schema)!;
        var plan = Plan(context, type, parent.SelectionSet!);
        if (parent is not PlannedObjectNode planned || !plan.HasLeaves)
        {
            var nodes = new ExecutionNode[plan.Count];
            for (var i = 0; i < nodes.Length; i++)
            {
                nodes[i] = Child(parent, plan, i);
            }

            parent.SubFields = nodes;
            return;
        }

        var slots = new object?[plan.Count];
        var children = 0;
        var leaf = Interlocked.Exchange(ref _sharedLeafContext, null) ?? new LeafFieldContext();
        for (var i = 0; i < slots.Length; i++)
        {
            object? value = null;
            if (plan.Leaves[i] && TryResolveLeaf(context, planned, type, plan, i, leaf, out value))
            {
                slots[i] = value;
                continue;
            }

            slots[i] = value as ExecutionNode ?? Child(planned, plan, i);
            children++;
        }

        leaf.Clear();
        Interlocked.CompareExchange(ref _sharedLeafContext, leaf, null);
        var childNodes = children == 0 ? [] : new ExecutionNode[children];
        for (int i = 0, c = 0; c < children; i++)
        {
            if (slots[i] is ExecutionNode child)
            {
                childNodes[c++] = child;
            }
        }

        planned.SetSlots(plan, slots, childNodes);
    }

    // A leaf given a pending result while its object completed is not resolved a second time.
    protected override Task ExecuteNodeAsync(ExecutionContext context, ExecutionNode node)
        => node.Parent is PlannedObjectNode && node.Result is IDataLoaderResult ? Task.CompletedTask : base.ExecuteNodeAsync(context, node);

    private ExecutionNode Child(ExecutionNode parent, SelectionPlan plan, int i)
        => BuildExecutionNode(parent, plan.Definitions[i].ResolvedType!, plan.Fields[i], plan.Definitions[i]);

    /// <summary>
    /// True with the serialized value when the leaf resolved at once to a value its type accepts. Otherwise false, with
    /// <paramref name="value"/> either a node of its own holding the pending result, or null: the field then gets a
    /// fresh node and resolves in the engine's usual way.
    /// </summary>
    private bool TryResolveLeaf(
        ExecutionContext context, PlannedObjectNode parent, IObjectGraphType type, SelectionPlan plan, int i, LeafFieldContext leaf, out object? value)
    {
        value = null;
        var definition = plan.Definitions[i];
        leaf.Set(context, parent, type, plan.Fields[i], definition);
        ValueTask<object?> resolving;
        try
        {
            resolving = (definition.Resolver ?? NameFieldResolver.Instance).ResolveAsync(leaf);
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
            value = Pending(parent, plan, i, new PendingResolve(resolving.AsTask()));
            return false;
        }

        if (!resolving.IsCompletedSuccessfully)
        {
            // Observed here; the field's own node resolves it again and reports what it ends with.
            _ = resolving.AsTask().Exception;
            return false;
        }

        var result = resolving.Result;
        if (result is IDataLoaderResult pending)
        {
            value = Pending(parent, plan, i, pending);
            return false;
        }

        object? serialized;
        try
        {
            serialized = ((ScalarGraphType)definition.ResolvedType!.GetNamedType()).Serialize(result);
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
