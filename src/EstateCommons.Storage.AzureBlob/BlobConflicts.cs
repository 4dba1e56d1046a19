using Azure;
using Azure.Storage.Blobs.Models;

namespace EstateCommons.Storage.AzureBlob;

// The answers the Blob service gives when a conditional request finds the blob other than expected: 412 when an
// If-Match or If-None-Match does not hold, 409 when a write "only if new" finds a blob, and 404 when the blob (or
// its container) an If-Match named is gone.
internal static class BlobConflicts
{
    public static bool IsConflict(RequestFailedException failure) => failure.Status is 404 or 409 or 412;

    public static bool IsMissingContainer(RequestFailedException failure) =>
        failure.Status == 404 && failure.ErrorCode == BlobErrorCode.ContainerNotFound;
}
