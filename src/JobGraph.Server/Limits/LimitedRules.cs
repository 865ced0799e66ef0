using GraphQL.Validation;
using GraphQL.Validation.Rules;

namespace JobGraph.Server.Limits;

/// <summary>GraphQL.NET's validation rules with its quadratic OverlappingFieldsCanBeMerged replaced by a linear one.</summary>
public static class LimitedRules
{
    public static readonly IReadOnlyList<IValidationRule> Core =
        [.. DocumentValidator.CoreRules.Where(rule => rule is not OverlappingFieldsCanBeMerged), OverlappingFieldsRule.Instance];
}
