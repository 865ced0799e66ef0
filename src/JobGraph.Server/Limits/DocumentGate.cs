using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;

namespace JobGraph.Server.Limits;

/// <summary>
/// Parses a document and refuses it when it is over a <see cref="GraphQLLimitsOptions"/> limit, before any
/// validation rule walks it: the rules' cost grows with the expanded document, this check's only with its text.
/// </summary>
public sealed class DocumentGate(IOptions<GraphQLLimitsOptions> options, DocumentCache cache)
{
    // GraphQL.NET's own parser default; deeper documents are syntax errors.
    private const int MaxParserDepth = 128;

    /// <summary>The parsed document, or the errors that refuse it.</summary>
    public (GraphQLDocument? Document, ExecutionError? Error) Open(string query, Inputs? variables, ISchema schema)
    {
        var limits = options.Value;
        if (query.Length > limits.MaxDocumentLength)
        {
            return Refuse(ErrorCodes.DocumentTooLarge, $"The document is {query.Length} characters long; the limit is {limits.MaxDocumentLength}.");
        }

        GraphQLDocument document;
        try
        {
            // The measure below takes the variables into account, so only the parse is shared between requests.
            document = cache.Document(query) ?? Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = MaxParserDepth });
        }
        catch (GraphQLSyntaxErrorException ex)
        {
            return (null, new SyntaxError(ex));
        }
        catch (IndexOutOfRangeException)
        {
            // GraphQLParser 9.5 can fail while quoting the source around some syntax errors (seen with stray
            // control characters): the document is still not valid GraphQL.
            return Refuse(ErrorCodes.SyntaxError, "The document is not valid GraphQL.");
        }
        catch (GraphQLMaxDepthExceededException ex)
        {
            var error = new ExecutionError($"The document nests deeper than {MaxParserDepth} levels.") { Code = ErrorCodes.SyntaxError };
            error.AddLocation(ex.Location);
            return (null, error);
        }

        schema.Initialize();
        var shape = DocumentMeasure.Measure(document, schema, variables, limits.DefaultListSize);
        return shape switch
        {
            { FragmentCycle: { } fragment } => Refuse(ErrorCodes.FragmentCycle, $"Fragment '{fragment}' spreads itself."),
            { Operations: var n } when n > limits.MaxOperations
                => Refuse(ErrorCodes.TooManyOperations, $"The document defines {n} operations; the limit is {limits.MaxOperations}."),
            { Depth: var depth } when depth > limits.MaxDepth
                => Refuse(ErrorCodes.QueryTooDeep, $"Fields nest {depth} deep; the limit is {limits.MaxDepth}."),
            { FragmentChain: var chain } when chain > limits.MaxDepth
                => Refuse(ErrorCodes.QueryTooDeep, $"Fragments spread fragments {chain} deep; the limit is {limits.MaxDepth}."),
            { Fields: var fields } when fields > limits.MaxFields
                => Refuse(ErrorCodes.TooManyFields, $"The document selects {Count(fields)} fields with its fragments expanded; the limit is {limits.MaxFields}."),
            { Aliases: var aliases } when aliases > limits.MaxAliases
                => Refuse(ErrorCodes.TooManyAliases, $"The document has {Count(aliases)} aliased fields; the limit is {limits.MaxAliases}."),
            { ListVariants: var variants, ListVariantsField: var field } when variants > limits.MaxListVariants
                => Refuse(ErrorCodes.TooManyListVariants, $"'{field}' is asked for with {variants} different argument sets; the limit is {limits.MaxListVariants}."),
            { Cost: var cost } when cost > limits.MaxCost
                => Refuse(ErrorCodes.QueryTooComplex, $"The document's estimated cost is {Count(cost)}; the limit is {Count(limits.MaxCost)}. Ask for smaller pages (limit) or fewer fields."),
            _ => (document, null),
        };
    }

    private static string Count(double value) => value >= 1e15 ? "more than 10^15" : value.ToString("0", System.Globalization.CultureInfo.InvariantCulture);

    private static (GraphQLDocument?, ExecutionError?) Refuse(string code, string message) => (null, new ExecutionError(message) { Code = code });
}
