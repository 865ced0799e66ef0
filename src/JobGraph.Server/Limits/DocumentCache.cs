using System.Collections.Concurrent;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace JobGraph.Server.Limits;

/// <summary>
/// Documents that passed validation, by their text, operation name and rule set, so a client polling the same
/// operation is parsed and validated once. Only documents that executed are kept, and the table is bounded by
/// entries and by the characters of their text: past either bound it starts over, so neither a stream of distinct
/// documents nor hostile ones that are refused hold memory.
/// </summary>
/// <remarks>
/// A cached document still runs every rule whose verdict can depend on the request (<see cref="VariableRules"/>):
/// GraphQL.NET 8 checks argument validators, e.g. a negative <c>limit</c> given as a variable, in post-node visitors.
/// The request limits (<see cref="DocumentGate"/>) measure with the variables too, on every request.
/// </remarks>
public sealed class DocumentCache
{
    /// <summary>Most documents kept.</summary>
    public const int MaxEntries = 1_000;

    /// <summary>Most characters of document text kept, all entries together.</summary>
    public const int MaxCharacters = 1_000_000;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Query, string? OperationName, IReadOnlyList<IValidationRule> Rules), bool> _validated = new();
    private readonly ConcurrentDictionary<IReadOnlyList<IValidationRule>, IValidationRule[]> _variableRules = new(ReferenceEqualityComparer.Instance);
    private readonly Lock _sync = new();
    private int _characters;

    /// <summary>The parsed document of <paramref name="query"/>, when one with this text executed before.</summary>
    public GraphQLDocument? Document(string query) => _documents.GetValueOrDefault(query);

    /// <summary>Whether the document passed <paramref name="rules"/> before, for this operation name.</summary>
    public bool IsValidated(string query, string? operationName, IReadOnlyList<IValidationRule> rules)
        => _validated.ContainsKey((query, operationName, rules));

    /// <summary>Keeps a document that passed <paramref name="rules"/> and executed.</summary>
    public void Add(string query, string? operationName, IReadOnlyList<IValidationRule> rules, GraphQLDocument document)
    {
        lock (_sync)
        {
            if (_validated.Count >= MaxEntries || _characters + query.Length > MaxCharacters)
            {
                _validated.Clear();
                _documents.Clear();
                _characters = 0;
            }

            if (_documents.TryAdd(query, document))
            {
                _characters += query.Length;
            }

            _validated.TryAdd((query, operationName, rules), true);
        }
    }

    /// <summary>
    /// The rules of <paramref name="rules"/> whose verdict can depend on the request's variables: those that visit
    /// variables or run once argument values are known, and any rule whose kind cannot be told.
    /// </summary>
    public IReadOnlyList<IValidationRule> VariableRules(IReadOnlyList<IValidationRule> rules)
        => _variableRules.GetOrAdd(rules, static rules => [.. rules.Where(DependsOnVariables)]);

    private static bool DependsOnVariables(IValidationRule rule)
    {
        if (rule is not ValidationRuleBase)
        {
            return true;
        }

        var type = rule.GetType();
        return Overrides(type, nameof(IValidationRule.GetVariableVisitorAsync)) || Overrides(type, nameof(IValidationRule.GetPostNodeVisitorAsync));
    }

    private static bool Overrides(Type type, string method)
        => type.GetMethod(method, [typeof(ValidationContext)])?.DeclaringType != typeof(ValidationRuleBase);
}
