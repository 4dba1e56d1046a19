using System.Threading.Channels;
using Orleans.Runtime;

namespace EstateCommons.Storage.Tests.Reminders;

/// <summary>The reminder ticks one silo delivered, in order, for a test to wait on.</summary>
public sealed class ReminderFirings
{
    private readonly Channel<string> _fired = Channel.CreateUnbounded<string>();

    public void Record(GrainId grain, string reminderName) => _fired.Writer.TryWrite($"{grain}:{reminderName}");

    /// <summary>The next tick as "grain:reminder name"; fails when none arrives within <paramref name="timeout"/>.</summary>
    public async Task<string> Next(TimeSpan timeout) => await _fired.Reader.ReadAsync().AsTask().WaitAsync(timeout);
}
