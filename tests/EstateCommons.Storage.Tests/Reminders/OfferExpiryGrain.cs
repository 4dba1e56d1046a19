using Orleans;
using Orleans.Runtime;

namespace EstateCommons.Storage.Tests.Reminders;

public interface IOfferExpiryGrain : IGrainWithStringKey
{
    Task Schedule(string reminderName, TimeSpan dueTime, TimeSpan period);

    Task Cancel(string reminderName);
}

// Shaped like the market grains to come: a reminder marks when a pitch offer expires. Each tick is reported to
// the silo's ReminderFirings so a test can wait for it.
public sealed class OfferExpiryGrain(ReminderFirings firings) : Grain, IOfferExpiryGrain, IRemindable
{
    public Task Schedule(string reminderName, TimeSpan dueTime, TimeSpan period) =>
        this.RegisterOrUpdateReminder(reminderName, dueTime, period);

    public async Task Cancel(string reminderName)
    {
        var reminder = await this.GetReminder(reminderName);
        if (reminder is not null) await this.UnregisterReminder(reminder);
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        firings.Record(this.GetGrainId(), reminderName);
        return Task.CompletedTask;
    }
}
