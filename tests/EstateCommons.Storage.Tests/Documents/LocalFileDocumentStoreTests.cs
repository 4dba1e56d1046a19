using EstateCommons.Storage.Documents;
using NodaTime;
using static EstateCommons.Storage.Tests.Documents.TestUploads;

namespace EstateCommons.Storage.Tests.Documents;

public sealed class LocalFileDocumentStoreTests : DocumentStoreContract, IDisposable
{
    // The store's root sits one level down so tests can see that nothing appears beside it.
    private readonly TempDirectory _parent = new();

    private string Root => Path.Join(_parent.Path, "documents");

    public void Dispose() => _parent.Dispose();

    protected override IDocumentStore CreateStore(DocumentPolicy policy, IClock clock) =>
        new LocalFileDocumentStore(Root, policy, clock);

    protected override IReadOnlyCollection<string> EverythingStored() =>
        Directory.Exists(Root)
            ? Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(Root, path)).ToList()
            : [];

    [Fact]
    public async Task Each_document_is_content_and_a_json_sidecar_in_a_directory_named_by_the_ids_first_two_characters()
    {
        var saved = await Store.Save(Upload(Pdf(1_000)), CancellationToken.None);

        var id = saved.Id.ToString();
        Assert.Equal(
            [Path.Join(id[..2], id + ".content"), Path.Join(id[..2], id + ".json")],
            EverythingStored().Order());
        Assert.Equal(["documents"], Directory.EnumerateFileSystemEntries(_parent.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Content_whose_sidecar_was_never_written_is_not_a_document()
    {
        var saved = await Store.Save(Upload(Pdf(1_000)), CancellationToken.None);
        var id = saved.Id.ToString();
        File.Delete(Path.Join(Root, id[..2], id + ".json"));

        Assert.Null(await Store.Open(saved.Id, CancellationToken.None));
        Assert.Null(await Store.Describe(saved.Id, CancellationToken.None));
    }

    [Fact]
    public async Task A_document_can_be_deleted_while_it_is_being_downloaded()
    {
        var bytes = Pdf(50_000);
        var saved = await Store.Save(Upload(bytes), CancellationToken.None);

        await using var opened = await Store.Open(saved.Id, CancellationToken.None);
        Assert.True(await Store.Delete(saved.Id, CancellationToken.None));

        using var copy = new MemoryStream();
        await opened!.Stream.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
        Assert.Null(await Store.Describe(saved.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Local_documents_have_no_download_link_so_they_stream_through_the_api()
    {
        var saved = await Store.Save(Upload(Pdf(1_000)), CancellationToken.None);

        Assert.Null(await Store.DownloadLink(saved.Id, TimeSpan.FromMinutes(5), CancellationToken.None));
    }

    [Fact]
    public void Uploads_abandoned_by_a_crash_are_cleared_when_the_store_starts()
    {
        var incoming = Directory.CreateDirectory(Path.Join(Root, "incoming")).FullName;
        var abandoned = Path.Join(incoming, "abandoned.tmp");
        var live = Path.Join(incoming, "live.tmp");
        File.WriteAllBytes(abandoned, [1]);
        File.WriteAllBytes(live, [1]);
        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow.AddDays(-1));

        _ = CreateStore(DocumentPolicy.Default, new FixedClock(UploadedAt));

        Assert.False(File.Exists(abandoned));
        Assert.True(File.Exists(live));
    }
}
