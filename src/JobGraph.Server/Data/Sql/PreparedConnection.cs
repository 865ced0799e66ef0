using System.Data.Common;

namespace JobGraph.Server.Data.Sql;

/// <summary>An open connection with the commands it has prepared, by SQL text; used by one read at a time.</summary>
internal sealed class PreparedConnection(DbConnection connection) : IDisposable
{
    // Texts come from a few loaders times a few key-list sizes; a connection that somehow collects more starts over.
    private const int MaxCommands = 256;

    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The prepared command for <paramref name="text"/>, with <paramref name="parameters"/> parameters @p0….</summary>
    public DbCommand Command(string text, int parameters)
    {
        if (_commands.TryGetValue(text, out var command))
        {
            return command;
        }

        if (_commands.Count >= MaxCommands)
        {
            DisposeCommands();
        }

        command = connection.CreateCommand();
        command.CommandText = text;
        for (var i = 0; i < parameters; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            parameter.Value = DBNull.Value;
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        _commands[text] = command;
        return command;
    }

    public void Dispose()
    {
        DisposeCommands();
        connection.Dispose();
    }

    private void DisposeCommands()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }
}
