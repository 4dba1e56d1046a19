using System.Text.Json;
using Azure.Core;

namespace EstateCommons.Storage.AzureBlob;

/// <summary>
/// Settings for <see cref="BlobGrainStorage"/>: which storage account and container hold the records, how blobs are
/// named, and how state is serialised. Give either <see cref="ConnectionString"/>, or <see cref="ServiceUri"/> with
/// <see cref="Credential"/>.
/// </summary>
public sealed class BlobGrainStorageOptions
{
    /// <summary>The storage account's connection string (with its key or a SAS token); used when set.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The account's blob endpoint, such as <c>https://account.blob.core.windows.net</c>, used with <see cref="Credential"/>.</summary>
    public Uri? ServiceUri { get; set; }

    /// <summary>How to sign in to <see cref="ServiceUri"/>, such as a managed identity.</summary>
    public TokenCredential? Credential { get; set; }

    /// <summary>The container holding the records; created when missing.</summary>
    public string ContainerName { get; set; } = "grains";

    /// <summary>
    /// Put before every record's name, such as <c>grains/</c>, to keep grain state apart from other blobs in a
    /// shared container. Empty by default: records are named <c>&lt;grain type&gt;/&lt;grain key&gt;/&lt;state name&gt;.json</c>.
    /// </summary>
    public string NamePrefix { get; set; } = "";

    /// <summary>
    /// Serializer settings for grain state. When null, <see cref="FileGrainStorageJson.CreateDefaultOptions"/> is used,
    /// so records read the same as the file storage's.
    /// </summary>
    public JsonSerializerOptions? SerializerOptions { get; set; }
}
