using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Hosting;

namespace EstateCommons.Storage.Reminders;

/// <summary>Registers <see cref="FileReminderTable"/> with an Orleans silo.</summary>
public static class FileReminderTableSiloBuilderExtensions
{
    /// <summary>Adds the reminder service, with every reminder kept durably in files.</summary>
    public static ISiloBuilder AddFileReminderTable(this ISiloBuilder builder, Action<FileReminderTableOptions> configureOptions)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configureOptions);
        builder.AddReminders();
        builder.Services.AddOptions<FileReminderTableOptions>().Configure(configureOptions);
        builder.Services.AddSingleton<IReminderTable>(static services =>
            new FileReminderTable(services.GetRequiredService<IOptions<FileReminderTableOptions>>().Value));
        return builder;
    }
}
