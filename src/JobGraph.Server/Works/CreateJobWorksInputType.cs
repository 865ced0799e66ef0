using GraphQL.Types;

namespace JobGraph.Server.Works;

public sealed class CreateJobWorksInputType : InputObjectGraphType<CreateJobWorksInput>
{
    public CreateJobWorksInputType()
    {
        Name = "CreateJobWorksInput";
        Description = "One work (a client's tax preparation) to attach to a connection job.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Client name or tax-prep label, e.g. John Smith - 2024 Tax Return.");
        Field<NonNullGraphType<StringGraphType>>("externalId")
            .Description("Partner platform client identifier; should be unique within the platform. A work with this externalId on the same connection is reused.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
        => new CreateJobWorksInput((string)value["name"]!, (string)value["externalId"]!);
}
