using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace JobGraph.Server.Lists;

/// <summary>The <c>limit</c>, <c>offset</c> and <c>sortBy</c> arguments of a list field, validated before execution.</summary>
public static class ListArguments
{
    /// <summary>The largest <c>limit</c>, and the page size when a list field is asked for without one.</summary>
    public const int MaxLimit = 1000;

    public static FieldBuilder<TSource, TReturn> WithWindowArguments<TSource, TReturn, TItem>(
        this FieldBuilder<TSource, TReturn> field, SortFields<TItem> sortFields)
    {
        var sortable = string.Join(", ", sortFields.Names);
        return field
            .Argument<IntGraphType>("limit", $"At most this many items (per parent), from 0 to {MaxLimit}; defaults to {MaxLimit}.", a => a.Validate(Limit))
            .Argument<IntGraphType>("offset", "Skip this many items first (per parent); defaults to 0.", a => a.Validate(NotNegative("offset")))
            .Argument<SortByInputType>("sortBy", $"Sort order; sortable fields: {sortable}. Defaults to createdAt ascending.", a => a.Validate(value =>
            {
                if (value is SortBy sort && !sortFields.Contains(sort.Field))
                {
                    throw new ArgumentException($"Cannot sort by '{sort.Field}'; sortable fields: {sortable}.");
                }
            }));
    }

    public static ListWindow GetWindow(this IResolveFieldContext context)
        => new(context.GetArgument<SortBy?>("sortBy"), context.GetArgument<int?>("offset") ?? 0, context.GetArgument<int?>("limit") ?? MaxLimit);

    private static void Limit(object? value)
    {
        if (value is int number && number is < 0 or > MaxLimit)
        {
            throw new ArgumentException($"'limit' must be between 0 and {MaxLimit}.");
        }
    }

    private static Action<object?> NotNegative(string name) => value =>
    {
        if (value is int number && number < 0)
        {
            throw new ArgumentException($"'{name}' must not be negative.");
        }
    };
}
