using System.Security.Cryptography;
using EstateCommons.Storage.Documents;
using NodaTime;
using static EstateCommons.Storage.Tests.Documents.TestUploads;

namespace EstateCommons.Storage.Tests.Documents;

/// <summary>
/// What any document store used by Estate Commons must do, whatever it stores to. Derive, supply a fresh,
/// empty store from <see cref="CreateStore"/> and a listing of everything it holds, and every case runs.
/// </summary>
public abstract class DocumentStoreContract
{
    protected static readonly Instant UploadedAt = Instant.FromUtc(2027, 3, 6, 9, 30);

    private IDocumentStore? _store;

    protected IDocumentStore Store => _store ??= CreateStore(DocumentPolicy.Default, new FixedClock(UploadedAt));

    protected abstract IDocumentStore CreateStore(DocumentPolicy policy, IClock clock);

    /// <summary>Names of everything the store holds, including anything half-written.</summary>
    protected abstract IReadOnlyCollection<string> EverythingStored();

    private static CancellationToken None => CancellationToken.None;

    [Fact]
    public async Task A_saved_document_opens_with_the_same_bytes_and_what_was_recorded_about_it()
    {
        var bytes = Pdf(300_000);

        var saved = await Store.Save(Upload(bytes), None);
        await using var opened = await Store.Open(saved.Id, None);

        Assert.NotNull(opened);
        Assert.Equal(bytes, await ReadAll(opened.Stream));
        var expected = new DocumentMetadata(saved.Id, "seller/abc", "insurance-certificate", "public-liability.pdf",
            "application/pdf", bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)), UploadedAt);
        Assert.Equal(expected, saved.Metadata);
        Assert.Equal(expected, opened.Metadata);
    }

    [Fact]
    public async Task Describe_gives_the_recorded_metadata()
    {
        var saved = await Store.Save(Upload(Png(5_000), "image/png", "hygiene.png"), None);

        Assert.Equal(saved.Metadata, await Store.Describe(saved.Id, None));
    }

    [Theory]
    [InlineData("application/pdf", "application/pdf")]
    [InlineData("Application/PDF", "application/pdf")]
    [InlineData("image/jpeg", "image/jpeg")]
    [InlineData("image/png; name=scan.png", "image/png")]
    public async Task Pdf_jpeg_and_png_documents_are_accepted_with_their_type_in_canonical_form(string declared, string stored)
    {
        var signature = stored switch
        {
            "application/pdf" => PdfSignature,
            "image/jpeg" => JpegSignature,
            _ => PngSignature,
        };

        var saved = await Store.Save(Upload(WithSignature(signature, 2_000), declared), None);

        Assert.Equal(stored, saved.Metadata.ContentType);
    }

    [Fact]
    public async Task A_deleted_document_is_gone()
    {
        var saved = await Store.Save(Upload(Pdf(1_000)), None);

        Assert.True(await Store.Delete(saved.Id, None));

        Assert.Null(await Store.Open(saved.Id, None));
        Assert.Null(await Store.Describe(saved.Id, None));
        Assert.False(await Store.Delete(saved.Id, None));
        Assert.Empty(EverythingStored());
    }

    [Fact]
    public async Task An_unknown_id_is_not_found()
    {
        await Store.Save(Upload(Pdf(1_000)), None);
        var unknown = DocumentId.New();

        Assert.Null(await Store.Open(unknown, None));
        Assert.Null(await Store.Describe(unknown, None));
        Assert.False(await Store.Delete(unknown, None));
    }

    [Fact]
    public async Task The_default_id_is_rejected()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.Open(default, None));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.Describe(default, None));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.Delete(default, None));
    }

    [Fact]
    public async Task A_png_sent_as_a_pdf_is_refused_as_a_type_mismatch_and_not_kept()
    {
        var refusal = await Assert.ThrowsAsync<DocumentRefusedException>(() => Store.Save(Upload(Png(2_000), "application/pdf"), None));

        Assert.Equal("type-mismatch", refusal.Reason);
        Assert.Empty(EverythingStored());
    }

    [Fact]
    public async Task A_text_file_is_refused_as_an_unsupported_type()
    {
        var refusal = await Assert.ThrowsAsync<DocumentRefusedException>(
            () => Store.Save(Upload("Insured until March"u8.ToArray(), "text/plain", "insurance.txt"), None));

        Assert.Equal("unsupported-type", refusal.Reason);
        Assert.Contains("PDF, JPEG or PNG", refusal.Message);
        Assert.Empty(EverythingStored());
    }

    [Fact]
    public async Task A_text_file_renamed_to_pdf_is_refused_as_a_type_mismatch()
    {
        var refusal = await Assert.ThrowsAsync<DocumentRefusedException>(
            () => Store.Save(Upload("Insured until March"u8.ToArray(), "application/pdf", "insurance.pdf"), None));

        Assert.Equal("type-mismatch", refusal.Reason);
    }

    [Fact]
    public async Task A_document_one_byte_over_ten_megabytes_is_refused_as_too_large_and_nothing_is_left_behind()
    {
        var refusal = await Assert.ThrowsAsync<DocumentRefusedException>(
            () => Store.Save(Upload(Pdf(10 * 1024 * 1024 + 1)), None));

        Assert.Equal("too-large", refusal.Reason);
        Assert.Contains("10 MB", refusal.Message);
        Assert.Empty(EverythingStored());
    }

    [Fact]
    public async Task An_endless_upload_is_read_only_one_byte_past_the_limit()
    {
        var endless = new EndlessPdfStream();

        var refusal = await Assert.ThrowsAsync<DocumentRefusedException>(() => Store.Save(Upload(endless), None));

        Assert.Equal("too-large", refusal.Reason);
        Assert.Equal(DocumentPolicy.DefaultMaxSizeInBytes + 1, endless.BytesRead);
        Assert.Empty(EverythingStored());
    }

    [Fact]
    public async Task A_document_of_exactly_the_maximum_size_is_accepted()
    {
        var store = CreateStore(new DocumentPolicy { MaxSizeInBytes = 1_024 }, new FixedClock(UploadedAt));

        var saved = await store.Save(Upload(Pdf(1_024)), None);

        Assert.Equal(1_024, saved.Metadata.SizeInBytes);
        await Assert.ThrowsAsync<DocumentRefusedException>(() => store.Save(Upload(Pdf(1_025)), None));
    }

    [Fact]
    public async Task An_empty_file_is_refused_as_empty()
    {
        var refusal = await Assert.ThrowsAsync<DocumentRefusedException>(() => Store.Save(Upload([]), None));

        Assert.Equal("empty", refusal.Reason);
        Assert.Empty(EverythingStored());
    }

    [Fact]
    public async Task An_upload_from_a_stream_that_cannot_seek_and_trickles_in_is_kept_whole()
    {
        var bytes = Pdf(100_003);

        var saved = await Store.Save(Upload(new TrickleStream(new MemoryStream(bytes))), None);
        await using var opened = await Store.Open(saved.Id, None);

        Assert.Equal(bytes, await ReadAll(opened!.Stream));
        Assert.Equal(bytes.Length, saved.Metadata.SizeInBytes);
    }

    [Fact]
    public async Task The_same_file_uploaded_twice_is_two_documents()
    {
        var bytes = Pdf(1_000);

        var first = await Store.Save(Upload(bytes), None);
        var second = await Store.Save(Upload(bytes), None);

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(first.Metadata.Sha256, second.Metadata.Sha256);
        Assert.True(await Store.Delete(first.Id, None));
        Assert.NotNull(await Store.Describe(second.Id, None));
    }

    [Theory]
    [InlineData("../../etc/insurance.pdf", "insurance.pdf")]
    [InlineData("C:\\Users\\ada\\Hygiene rating.pdf", "Hygiene rating.pdf")]
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.exe")]
    [InlineData("line\r\nbreak?.pdf", "linebreak.pdf")]
    [InlineData("...", "document")]
    [InlineData("", "document")]
    public async Task The_file_name_is_kept_for_display_without_paths_or_hidden_characters(string uploaded, string shown)
    {
        var saved = await Store.Save(Upload(Pdf(100), fileName: uploaded), None);

        Assert.Equal(shown, saved.Metadata.FileName);
    }

    private static async Task<byte[]> ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
