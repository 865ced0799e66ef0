using System.Collections;

namespace JobGraph.Server.Http;

/// <summary>
/// Wraps the logger factory so that a request under <paramref name="path"/> is logged without its query string.
/// ASP.NET Core's hosting logs every request's URL, query included, before any middleware runs; a download link's
/// query carries its signature, and a signed link must never reach a log line.
/// </summary>
public sealed class QueryStringRedactingLoggerFactory(ILoggerFactory inner, PathString path) : ILoggerFactory
{
    public const string Redacted = "?[redacted]";

    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName), path);

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();

    private sealed class RedactingLogger(ILogger inner, PathString path) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (inner.IsEnabled(logLevel) && state is IReadOnlyList<KeyValuePair<string, object?>> values && QueryOfPath(values) is { } query)
            {
                var message = formatter(state, exception).Replace(query, Redacted, StringComparison.Ordinal);
                var redacted = values.Select(v => v.Key == "QueryString" ? new KeyValuePair<string, object?>(v.Key, Redacted) : v).ToList();
                inner.Log(logLevel, eventId, new RedactedState(redacted, message), exception, static (s, _) => s.ToString());
                return;
            }

            inner.Log(logLevel, eventId, state, exception, formatter);
        }

        // The hosting log's values: Path (relative to PathBase) and QueryString, as the request carried them.
        private string? QueryOfPath(IReadOnlyList<KeyValuePair<string, object?>> values)
        {
            string? requestPath = null, query = null;
            foreach (var (key, value) in values)
            {
                if (key == "Path")
                {
                    requestPath = value?.ToString();
                }
                else if (key == "QueryString")
                {
                    query = value?.ToString();
                }
            }

            return !string.IsNullOrEmpty(query) && requestPath is not null && new PathString(requestPath).StartsWithSegments(path) ? query : null;
        }
    }

    private sealed class RedactedState(IReadOnlyList<KeyValuePair<string, object?>> values, string message)
        : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public int Count => values.Count;

        public KeyValuePair<string, object?> this[int index] => values[index];

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => message;
    }
}
