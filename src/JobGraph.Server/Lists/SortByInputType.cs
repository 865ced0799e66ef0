using GraphQL.Types;

namespace JobGraph.Server.Lists;

public sealed class SortByInputType : InputObjectGraphType<SortBy>
{
    public SortByInputType()
    {
        Name = "SortBy";
        Description = "Sort order of a list. Rows that tie are ordered by id, so pages never overlap.";
        Field<NonNullGraphType<StringGraphType>>("field")
            .Description("Field name to sort by, e.g. createdAt.");
        Field<StringGraphType>("direction")
            .Description("asc (the default) or desc.")
            .Validate(value =>
            {
                if (value is string direction && !IsAscending(direction) && !IsDescending(direction))
                {
                    throw new ArgumentException($"Sort direction must be 'asc' or 'desc', not '{direction}'.");
                }
            });
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
        => new SortBy((string)value["field"]!, value.TryGetValue("direction", out var direction) && direction is string d && IsDescending(d));

    private static bool IsAscending(string direction) => direction.Equals("asc", StringComparison.OrdinalIgnoreCase);

    private static bool IsDescending(string direction) => direction.Equals("desc", StringComparison.OrdinalIgnoreCase);
}
