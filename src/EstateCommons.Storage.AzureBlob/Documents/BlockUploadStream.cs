using System.Buffers;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace EstateCommons.Storage.AzureBlob.Documents;

/// <summary>
/// A write-only stream into a new block blob: each block is staged as it fills, so an upload is never held whole,
/// and nothing becomes a blob until <see cref="Commit"/>, which refuses to replace a blob already there.
/// </summary>
internal sealed class BlockUploadStream : Stream
{
    private readonly BlockBlobClient _blob;
    private readonly BlobContainerClient _container;
    private readonly List<string> _blockIds = [];
    private byte[] _block;
    private int _filled;

    public BlockUploadStream(BlockBlobClient blob, int blockSize)
    {
        _blob = blob;
        _container = blob.GetParentBlobContainerClient();
        _block = ArrayPool<byte>.Shared.Rent(blockSize);
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (!buffer.IsEmpty)
        {
            var taken = Math.Min(buffer.Length, _block.Length - _filled);
            buffer[..taken].CopyTo(_block.AsMemory(_filled));
            _filled += taken;
            buffer = buffer[taken..];
            if (_filled == _block.Length) await StageFilled(cancellationToken);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("Blob uploads are written asynchronously.");

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>
    /// Makes the blob from everything written, with these headers and metadata, in one request when it all fit in
    /// one block. Creates the container when missing.
    /// </summary>
    /// <exception cref="RequestFailedException">409 or 412 when a blob of this name already exists.</exception>
    public async Task Commit(BlobHttpHeaders headers, IDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        var onlyIfNew = new BlobRequestConditions { IfNoneMatch = ETag.All };
        if (_blockIds.Count == 0)
        {
            var upload = new BlobUploadOptions { HttpHeaders = headers, Metadata = metadata, Conditions = onlyIfNew };
            await _container.CreatingContainerIfMissing(
                () => _blob.UploadAsync(new MemoryStream(_block, 0, _filled, writable: false), upload, cancellationToken), cancellationToken);
            return;
        }
        if (_filled > 0) await StageFilled(cancellationToken);
        var commit = new CommitBlockListOptions { HttpHeaders = headers, Metadata = metadata, Conditions = onlyIfNew };
        await _blob.CommitBlockListAsync(_blockIds, commit, cancellationToken);
    }

    /// <summary>
    /// Throws away the blocks of an upload that will not be committed. The service would drop them after a week;
    /// committing an empty list drops them now, and the empty blob that leaves, which has no document's metadata
    /// and so is never taken for one, is deleted at once. Both steps are conditional, so they never touch a blob
    /// that someone else made.
    /// </summary>
    public async Task Discard(CancellationToken cancellationToken)
    {
        if (_blockIds.Count == 0) return;
        var emptied = await _blob.CommitBlockListAsync([], new CommitBlockListOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken);
        await _blob.DeleteIfExistsAsync(DeleteSnapshotsOption.None, new BlobRequestConditions { IfMatch = emptied.Value.ETag }, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        var block = _block;
        _block = [];
        if (block.Length > 0) ArrayPool<byte>.Shared.Return(block);
        base.Dispose(disposing);
    }

    private async Task StageFilled(CancellationToken cancellationToken)
    {
        // Block ids must all be the same length within a blob; a fixed-width counter is.
        var id = Convert.ToBase64String(Encoding.ASCII.GetBytes(_blockIds.Count.ToString("D6")));
        await _container.CreatingContainerIfMissing(
            () => _blob.StageBlockAsync(id, new MemoryStream(_block, 0, _filled, writable: false), cancellationToken: cancellationToken), cancellationToken);
        _blockIds.Add(id);
        _filled = 0;
    }
}
