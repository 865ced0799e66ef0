using GraphQL.Types;
using JobGraph.Server.Lists;

namespace JobGraph.Server.Connections;

public sealed class ConnectionFiltersInputType : InputObjectGraphType<ConnectionFilters>
{
    public ConnectionFiltersInputType()
    {
        Name = "ConnectionFilters";
        Description = "Every given field must match; a list matches any of its values, and an empty list matches nothing.";
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("ids").Description("Connection IDs.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("statuses").Description("e.g. active, pending, failed");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("providerKeys").Description("e.g. canopy, taxdome, karbon");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("categories").Description("practice_management, document_management or tax_software");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ConnectionFilters(
        FilterValues.Get(value, "ids"),
        FilterValues.Get(value, "statuses"),
        FilterValues.Get(value, "providerKeys"),
        FilterValues.Get(value, "categories"));
}
