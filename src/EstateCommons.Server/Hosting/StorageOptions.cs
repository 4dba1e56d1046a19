namespace EstateCommons.Server.Hosting;

/// <summary>Where grain state and uploaded documents are kept: settings under "EstateCommons:Storage".</summary>
public sealed class StorageOptions
{
    public StorageProvider Provider { get; set; } = StorageProvider.File;

    public AzureBlobSettings AzureBlob { get; set; } = new();

    public const string Incomplete =
        $"{EstateCommonsOptions.Section}:Storage:AzureBlob:ConnectionString is required when {EstateCommonsOptions.Section}:Storage:Provider is AzureBlob.";

    /// <summary>Whether the chosen provider has what it needs; <see cref="Incomplete"/> says what is missing when not.</summary>
    public bool IsComplete => Provider != StorageProvider.AzureBlob || !string.IsNullOrWhiteSpace(AzureBlob.ConnectionString);
}

public enum StorageProvider
{
    /// <summary>Files under the data directory: the embedded default, needing nothing else.</summary>
    File,

    /// <summary>One Azure Blob Storage container: grain state under <c>grains/</c>, documents under <c>documents/</c>.</summary>
    AzureBlob,
}

public sealed class AzureBlobSettings
{
    /// <summary>Grain state and documents sit under these prefixes, as they sit in folders of the data directory.</summary>
    public const string GrainsPrefix = "grains/";
    public const string DocumentsPrefix = "documents/";

    /// <summary>
    /// The storage account's connection string. It must carry the account key: documents are downloaded through links
    /// signed with it.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The container, created when missing.</summary>
    public string Container { get; set; } = "estatecommons";
}
