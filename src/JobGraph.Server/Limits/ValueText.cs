using System.Text;
using GraphQLParser.AST;

namespace JobGraph.Server.Limits;

/// <summary>A canonical text of argument values, so two argument lists can be compared or counted as one key.</summary>
public static class ValueText
{
    /// <summary>Argument names and values in name order, so the order they were written in does not matter; empty when there are none.</summary>
    public static string Of(GraphQLArguments? arguments)
    {
        if (arguments is null || arguments.Items.Count == 0)
        {
            return "";
        }

        var text = new StringBuilder();
        foreach (var argument in arguments.Items.OrderBy(a => a.Name.StringValue, StringComparer.Ordinal))
        {
            text.Append(argument.Name.Value.Span).Append(':');
            Append(text, argument.Value);
            text.Append(',');
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, GraphQLValue value)
    {
        switch (value)
        {
            case GraphQLVariable variable:
                text.Append('$').Append(variable.Name.Value.Span);
                break;
            case GraphQLListValue list:
                text.Append('[');
                foreach (var item in list.Values ?? [])
                {
                    Append(text, item);
                    text.Append(',');
                }

                text.Append(']');
                break;
            case GraphQLObjectValue obj:
                text.Append('{');
                foreach (var field in (obj.Fields ?? []).OrderBy(f => f.Name.StringValue, StringComparer.Ordinal))
                {
                    text.Append(field.Name.Value.Span).Append(':');
                    Append(text, field.Value);
                    text.Append(',');
                }

                text.Append('}');
                break;
            case GraphQLStringValue str:
                // Quoted, so the string "A" and the enum value A stay different arguments.
                text.Append('"').Append(str.Value.Span).Append('"');
                break;
            case GraphQLEnumValue enumValue:
                text.Append(enumValue.Name.Value.Span);
                break;
            case GraphQLIntValue number:
                text.Append(number.Value.Span);
                break;
            case GraphQLFloatValue number:
                text.Append(number.Value.Span);
                break;
            case GraphQLBooleanValue boolean:
                text.Append(boolean.Value.Span);
                break;
            default:
                text.Append("null");
                break;
        }
    }
}
