using System.Net;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using EstateCommons.Storage.AzureBlob.Documents;
using EstateCommons.Storage.Documents;
using EstateCommons.Storage.Tests.Documents;
using NodaTime;
using static EstateCommons.Storage.Tests.Documents.TestUploads;

namespace EstateCommons.Storage.Tests.AzureBlob;

[Collection(Azurite.Collection)]
public sealed class BlobDocumentStoreTests(Azurite azurite) : DocumentStoreContract, IDisposable
{
    private readonly BlobContainerClient _container = azurite.NewContainer();
    private readonly HttpClient _browser = new();

    public void Dispose() => _browser.Dispose();

    protected override IDocumentStore CreateStore(DocumentPolicy policy, IClock clock) =>
        new BlobDocumentStore(_container, "documents/", policy, clock, TimeProvider.System);

    // Uncommitted blobs too: blocks staged for an upload that was then refused would be listed here.
    protected override IReadOnlyCollection<string> EverythingStored() =>
        _container.Exists().Value ? _container.GetBlobs(new GetBlobsOptions { States = BlobStates.Uncommitted }).Select(blob => blob.Name).ToList() : [];

    [Fact]
    public async Task Each_document_is_one_blob_named_by_its_id_that_serves_its_type_and_name()
    {
        var saved = await Store.Save(Upload(Pdf(1_000), fileName: "cover 2027.pdf"), CancellationToken.None);

        Assert.Equal([$"documents/{saved.Id}"], EverythingStored());
        var properties = (await _container.GetBlobClient($"documents/{saved.Id}").GetPropertiesAsync()).Value;
        Assert.Equal("application/pdf", properties.ContentType);
        Assert.Equal("attachment; filename*=utf-8''cover%202027.pdf", properties.ContentDisposition);
    }

    [Fact]
    public async Task A_document_larger_than_one_block_goes_up_in_blocks_and_comes_back_whole()
    {
        var bytes = Pdf(9 * 1024 * 1024 + 17);

        var saved = await Store.Save(Upload(new TrickleStream(new MemoryStream(bytes), maxChunk: 64 * 1024)), CancellationToken.None);
        await using var opened = await Store.Open(saved.Id, CancellationToken.None);

        Assert.Equal(bytes, await ReadAllBytes(opened!.Stream));
        var blocks = (await _container.GetBlockBlobClient($"documents/{saved.Id}").GetBlockListAsync(BlockListTypes.Committed)).Value;
        Assert.Equal(3, blocks.CommittedBlocks.Count());
    }

    [Fact]
    public async Task The_download_link_gives_the_documents_bytes_type_and_name_to_a_plain_http_client()
    {
        var bytes = Pdf(200_000);
        var saved = await Store.Save(Upload(bytes, fileName: "hygiene rating.pdf"), CancellationToken.None);

        var link = await Store.DownloadLink(saved.Id, TimeSpan.FromMinutes(5), CancellationToken.None);
        using var download = await _browser.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("hygiene rating.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task The_download_link_can_only_read_that_one_document()
    {
        var saved = await Store.Save(Upload(Pdf(1_000, seed: 1)), CancellationToken.None);
        var other = await Store.Save(Upload(Pdf(1_000, seed: 2)), CancellationToken.None);
        var link = (await Store.DownloadLink(saved.Id, TimeSpan.FromMinutes(5), CancellationToken.None))!;

        using var overwrite = await _browser.PutAsync(link, new ByteArrayContent(Pdf(1_000, seed: 3)) { Headers = { { "x-ms-blob-type", "BlockBlob" } } });
        using var delete = await _browser.DeleteAsync(link);
        using var elsewhere = await _browser.GetAsync(new UriBuilder(link) { Path = link.AbsolutePath.Replace(saved.Id.ToString(), other.Id.ToString()) }.Uri);

        Assert.Equal(HttpStatusCode.Forbidden, overwrite.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
        Assert.Equal(saved.Metadata, await Store.Describe(saved.Id, CancellationToken.None));
    }

    [Fact]
    public async Task The_download_link_stops_working_when_its_lifetime_is_over()
    {
        var saved = await Store.Save(Upload(Pdf(1_000)), CancellationToken.None);
        var lifetime = TimeSpan.FromSeconds(3);

        var link = await Store.DownloadLink(saved.Id, lifetime, CancellationToken.None);
        using var whileValid = await _browser.GetAsync(link);
        // Links name their expiry to the second, and the emulator checks against its own clock.
        await Task.Delay(lifetime + TimeSpan.FromSeconds(2));
        using var afterwards = await _browser.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, whileValid.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, afterwards.StatusCode);
    }

    [Fact]
    public void A_container_client_that_cannot_sign_links_is_refused_when_the_store_is_made()
    {
        var unsigned = new BlobContainerClient(new Uri(_container.Uri + "?sv=2025-01-05&sig=x"));

        var refusal = Assert.Throws<ArgumentException>(() =>
            new BlobDocumentStore(unsigned, "", DocumentPolicy.Default, SystemClock.Instance, TimeProvider.System));

        Assert.Contains("AccountKey", refusal.Message);
    }

    private static async Task<byte[]> ReadAllBytes(Stream stream)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
