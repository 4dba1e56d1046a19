using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace EstateCommons.Reporting.Benchmarks;

/// <summary>
/// The hosted server's warnings and errors, counted by category and event with the first message of each kept: a cold
/// estate-wide report can log thousands of the same timeout, which would bury the figures if printed one by one.
/// </summary>
public sealed class ServerLogTally : ILoggerProvider
{
    private readonly ConcurrentDictionary<(LogLevel Level, string Category, int Event), (int Count, string First)> _entries = new();

    public IReadOnlyList<(LogLevel Level, string Category, int Count, string First)> Entries() =>
        [.. _entries.OrderByDescending(e => e.Key.Level).ThenByDescending(e => e.Value.Count).Select(e => (e.Key.Level, $"{e.Key.Category}[{e.Key.Event}]", e.Value.Count, e.Value.First))];

    public void Clear() => _entries.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(LogLevel level, string category, int eventId, string message) =>
        _entries.AddOrUpdate((level, category, eventId), (1, message), (_, seen) => (seen.Count + 1, seen.First));

    private sealed class Logger(ServerLogTally tally, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var message = formatter(state, exception);
            tally.Add(logLevel, category, eventId.Id, exception is null ? message : $"{message} {exception.GetType().Name}: {exception.Message}");
        }
    }
}
