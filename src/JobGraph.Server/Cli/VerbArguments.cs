using System.Globalization;

namespace JobGraph.Server.Cli;

/// <summary>
/// The arguments after a verb: positional words (the sub-command) and <c>--option value</c> pairs. Options whose
/// name holds a ':' are configuration keys (<c>--Database:ConnectionString=...</c>) and go to the host, as they do
/// for the server itself.
/// </summary>
public sealed class VerbArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly List<string> _words = [];

    private VerbArguments(string[] all) => All = all;

    /// <summary>Every argument, for the host's configuration.</summary>
    public string[] All { get; }

    /// <summary>The first positional word, e.g. <c>create</c>.</summary>
    public string? Subcommand => _words.Count > 0 ? _words[0] : null;

    public static VerbArguments Parse(string[] args)
    {
        var parsed = new VerbArguments(args);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                parsed._words.Add(args[i]);
                continue;
            }

            var (name, value) = args[i].IndexOf('=', StringComparison.Ordinal) is var eq and > 0
                ? (args[i][2..eq], args[i][(eq + 1)..])
                : (args[i][2..], i + 1 < args.Length ? args[++i] : throw new UsageException($"{args[i]} needs a value."));
            if (!name.Contains(':', StringComparison.Ordinal) && !parsed._options.TryAdd(name, value))
            {
                throw new UsageException($"--{name} is given twice.");
            }
        }

        return parsed;
    }

    /// <summary>Refuses extra words and options the sub-command does not know, so a typo never passes silently.</summary>
    public void Expect(int words, params string[] options)
    {
        if (_words.Count > words)
        {
            throw new UsageException($"Unexpected argument '{_words[words]}'.");
        }

        foreach (var name in _options.Keys.Where(n => !options.Contains(n)))
        {
            throw new UsageException($"Unknown option --{name}.");
        }
    }

    public string? Optional(string name) => _options.GetValueOrDefault(name);

    public string Required(string name) => Optional(name) ?? throw new UsageException($"--{name} is required.");

    /// <summary>A duration such as <c>30d</c>, <c>12h</c> or <c>45m</c>; null when the option is absent.</summary>
    public TimeSpan? Duration(string name)
    {
        if (Optional(name) is not { } text)
        {
            return null;
        }

        if (text.Length >= 2
            && int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
            && amount > 0)
        {
            switch (text[^1])
            {
                case 'd': return TimeSpan.FromDays(amount);
                case 'h': return TimeSpan.FromHours(amount);
                case 'm': return TimeSpan.FromMinutes(amount);
            }
        }

        throw new UsageException($"--{name} takes a positive number of days, hours or minutes, e.g. 30d, 12h or 45m; got '{text}'.");
    }
}
