using Azure;
using Azure.Storage.Blobs;

namespace EstateCommons.Storage.AzureBlob;

internal static class ContainerCreation
{
    /// <summary>
    /// Runs a write, and if the container does not exist yet, creates it and runs the write again. Checking on failure
    /// rather than before each write keeps the common case to one request.
    /// </summary>
    public static async Task<T> CreatingContainerIfMissing<T>(this BlobContainerClient container, Func<Task<T>> write, CancellationToken cancellationToken)
    {
        try
        {
            return await write().ConfigureAwait(false);
        }
        catch (RequestFailedException failure) when (BlobConflicts.IsMissingContainer(failure))
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return await write().ConfigureAwait(false);
        }
    }
}
