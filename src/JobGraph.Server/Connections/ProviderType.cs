using GraphQL.Types;

namespace JobGraph.Server.Connections;

public sealed class ProviderType : ObjectGraphType<Provider>
{
    public ProviderType()
    {
        Name = "Provider";
        Description = "The platform a connection integrates with.";
        Field(p => p.Name, nullable: true).Description("The provider's product name, e.g. Canopy.");
        Field(p => p.Category).Description("practice_management | document_management | tax_software");
    }
}
