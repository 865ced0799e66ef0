using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace JobGraph.Server.Schema;

/// <summary>
/// The resolver context of a field resolved while its object completes (<see cref="QueryExecutionStrategy"/>).
/// What leaf resolvers read (source, services, the request) comes straight from the object's node and the execution
/// context; anything else (path, parent context, sub-fields) from an engine context over a node built on first use,
/// so a resolver sees what it would see in a node of its own. Reused for the fields of one object, like the engine's
/// pooled contexts: a resolver must not keep it past its return.
/// </summary>
internal sealed class InlineFieldContext : IResolveFieldContext
{
    private ExecutionContext _context = null!;
    private ObjectExecutionNode _parent = null!;
    private IObjectGraphType _parentType = null!;
    private GraphQLField _field = null!;
    private FieldType _definition = null!;
    private ReadonlyResolveFieldContext? _engineContext;

    public void Set(ExecutionContext context, ObjectExecutionNode parent, IObjectGraphType parentType, GraphQLField field, FieldType definition)
    {
        _context = context;
        _parent = parent;
        _parentType = parentType;
        _field = field;
        _definition = definition;
        _engineContext = null;
    }

    public void Clear()
    {
        _context = null!;
        _parent = null!;
        _parentType = null!;
        _field = null!;
        _definition = null!;
        _engineContext = null;
    }

    public GraphQLField FieldAst => _field;

    public FieldType FieldDefinition => _definition;

    public IObjectGraphType ParentType => _parentType;

    public IResolveFieldContext? Parent => EngineContext.Parent;

    public IDictionary<string, ArgumentValue>? Arguments
        => _context.ArgumentValues is { } all && all.TryGetValue(_field, out var arguments) ? arguments : null;

    public IDictionary<string, DirectiveInfo>? Directives
        => _context.DirectiveValues is { } all && all.TryGetValue(_field, out var directives) ? directives : null;

    public object? RootValue => _context.RootValue;

    public object? Source => _parent.Result;

    public ISchema Schema => _context.Schema;

    public GraphQLDocument Document => _context.Document;

    public GraphQLOperationDefinition Operation => _context.Operation;

    public Variables Variables => _context.Variables;

    public CancellationToken CancellationToken => _context.CancellationToken;

    public Metrics Metrics => _context.Metrics;

    public ExecutionErrors Errors => _context.Errors;

    public IEnumerable<object> Path => EngineContext.Path;

    public IEnumerable<object> ResponsePath => EngineContext.ResponsePath;

    public Dictionary<string, (GraphQLField Field, FieldType FieldType)>? SubFields => EngineContext.SubFields;

    public IReadOnlyDictionary<string, object?> InputExtensions => _context.InputExtensions;

    public IDictionary<string, object?> OutputExtensions => _context.OutputExtensions;

    public IServiceProvider? RequestServices => _context.RequestServices;

    public IExecutionArrayPool ArrayPool => _context;

    public ClaimsPrincipal? User => _context.User;

    public IExecutionContext ExecutionContext => _context;

    public IDictionary<string, object?> UserContext => _context.UserContext;

    private ReadonlyResolveFieldContext EngineContext => _engineContext ??= new ReadonlyResolveFieldContext(Node(), _context);

    private ExecutionNode Node() => _definition.ResolvedType!.GetNamedType() is ScalarGraphType scalar
        ? new ValueExecutionNode(_parent, scalar, _field, _definition, null)
        : new ObjectExecutionNode(_parent, _definition.ResolvedType!.GetNamedType(), _field, _definition, null);
}
