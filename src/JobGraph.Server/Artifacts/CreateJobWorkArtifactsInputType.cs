using GraphQL.Types;
using JobGraph.Server.Schema;

namespace JobGraph.Server.Artifacts;

public sealed class CreateJobWorkArtifactsInputType : InputObjectGraphType<CreateJobWorkArtifactsInput>
{
    public CreateJobWorkArtifactsInputType()
    {
        Name = "CreateJobWorkArtifactsInput";
        Description = "One file to attach to a job work; fetched from its url once the import is initiated.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("e.g. W-2 Form, receipts.pdf");
        Field<NonNullGraphType<StringGraphType>>("type").Description("e.g. w2, 1099, receipt, document, form");
        Field<StringGraphType>("url")
            .Description("Where the file is fetched: an absolute http or https URL. Without it the artifact's fetch fails with URL_MISSING.");
        Field<NonNullGraphType<StringGraphType>>("externalId")
            .Description("The partner's file id; unique per work. Re-sending it returns the existing artifact, or re-fetches it from a new url when it failed or was cancelled.");
        Field<JsonScalar>("metadata").Description("Optional file details (size, MIME type, upload date...) as a JSON object.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CreateJobWorkArtifactsInput(
        (string)value["name"]!,
        (string)value["type"]!,
        value.TryGetValue("url", out var url) ? (string?)url : null,
        (string)value["externalId"]!,
        value.TryGetValue("metadata", out var metadata) ? metadata : null);
}
