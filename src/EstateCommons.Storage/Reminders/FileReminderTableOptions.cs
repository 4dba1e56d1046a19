namespace EstateCommons.Storage.Reminders;

/// <summary>Settings for <see cref="FileReminderTable"/>: where the reminders are kept.</summary>
public sealed class FileReminderTableOptions
{
    /// <summary>Directory holding one file per grain that has reminders; created when the table starts.</summary>
    public string RootDirectory { get; set; } = "";
}
