using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace JobGraph.Server.Schema;

/// <summary>
/// Gives <c>__Directive.args</c> the <c>includeDeprecated</c> argument the spec defines once input values can be
/// deprecated. GraphQL.NET adds it to <c>__Field.args</c> and <c>__Type.inputFields</c> only, and IDEs that see
/// <c>__InputValue.isDeprecated</c> (Banana Cake Pop) send it on directives too, so their introspection failed.
/// </summary>
public static class DirectiveArgumentsDeprecation
{
    public static void AddTo(IGraphType graphType)
    {
        if (graphType is not __Directive directive || directive.GetField("args") is not { } args || args.Arguments?.Find("includeDeprecated") is not null)
        {
            return;
        }

        args.Arguments ??= [];
        args.Arguments.Add(new QueryArgument<BooleanGraphType> { Name = "includeDeprecated", DefaultValue = false });
        args.Resolver = new FuncFieldResolver<object?>(context =>
        {
            var all = context.Source is Directive d ? d.Arguments ?? [] : [];
            return context.GetArgument("includeDeprecated", false) ? all : all.Where(a => a.DeprecationReason is null);
        });
    }
}
