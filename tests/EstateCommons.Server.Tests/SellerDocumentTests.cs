using System.Net.Http.Headers;
using System.Text;

namespace EstateCommons.Server.Tests;

[Collection(ApiCollection.Name)]
public sealed class SellerDocumentTests(EstateApi api)
{
    private const string Refused = "urn:estatecommons:problem:document-refused";

    [Fact]
    public async Task A_member_uploads_a_certificate_larger_than_other_requests_may_be_and_downloads_the_same_bytes()
    {
        var seller = await TestSeller.Create(api);
        var pdf = TestSeller.Pdf(3 * 1024 * 1024);

        var uploaded = await ApiClient.Expect(HttpStatusCode.Created, await seller.Upload(pdf, fileName: "cover 2027.pdf"));

        var id = uploaded.GetProperty("id").GetString();
        Assert.Equal("InsuranceCertificate", uploaded.GetProperty("kind").GetString());
        Assert.Equal(pdf.Length, uploaded.GetProperty("sizeInBytes").GetInt64());
        Assert.Equal("2026-11-23T09:00:00+00:00", uploaded.GetProperty("uploadedAt").GetString());
        var download = await seller.Member.Get($"{seller.Path}/documents/{id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("cover 2027.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        var listed = await ApiClient.Expect(HttpStatusCode.OK, await seller.Member.Get($"{seller.Path}/documents"));
        Assert.Equal([id], listed.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        var full = await ApiClient.Expect(HttpStatusCode.OK, await seller.Member.Get(seller.Path));
        Assert.Equal(uploaded.GetRawText(), full.GetProperty("documents")[0].GetRawText());
    }

    [Fact]
    public async Task A_removed_document_is_no_longer_listed_or_served()
    {
        var seller = await TestSeller.Create(api);
        var kept = await ApiClient.Expect(HttpStatusCode.Created, await seller.Upload(TestSeller.Pdf(2000, seed: 1), kind: "HygieneCertificate"));
        var removed = await ApiClient.Expect(HttpStatusCode.Created, await seller.Upload(TestSeller.Pdf(2000, seed: 2)));
        var removedPath = $"{seller.Path}/documents/{removed.GetProperty("id").GetString()}";

        await ApiClient.Expect(HttpStatusCode.NoContent, await seller.Member.Delete(removedPath));

        await ApiClient.ExpectProblem(HttpStatusCode.NotFound, "urn:estatecommons:problem:not-found", await seller.Member.Get(removedPath));
        await ApiClient.ExpectProblem(HttpStatusCode.NotFound, "urn:estatecommons:problem:not-found", await seller.Member.Delete(removedPath));
        var listed = await ApiClient.Expect(HttpStatusCode.OK, await seller.Member.Get($"{seller.Path}/documents"));
        Assert.Equal([kept.GetProperty("id").GetString()], listed.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Files_that_are_not_what_they_claim_or_not_an_allowed_type_are_refused_and_nothing_is_recorded()
    {
        var seller = await TestSeller.Create(api);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

        var pngAsPdf = await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, Refused, await seller.Upload(png));
        var text = await ApiClient.ExpectProblem(HttpStatusCode.UnsupportedMediaType, Refused, await seller.Upload("insured"u8.ToArray(), contentType: "text/plain", fileName: "cover.txt"));
        var empty = await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, Refused, await seller.Upload([]));

        Assert.Equal("type-mismatch", pngAsPdf.GetProperty("reason").GetString());
        Assert.Equal("unsupported-type", text.GetProperty("reason").GetString());
        Assert.Equal("empty", empty.GetProperty("reason").GetString());
        await AssertNoDocuments(seller);
    }

    [Fact]
    public async Task An_upload_without_a_known_kind_before_its_file_is_refused_naming_the_field()
    {
        var seller = await TestSeller.Create(api);
        var pdf = new ByteArrayContent(TestSeller.Pdf(2000)) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } };
        var fileFirst = new MultipartFormDataContent { { pdf, "file", "cover.pdf" }, { new StringContent("InsuranceCertificate"), "kind" } };

        var unknownKind = await seller.Member.Http.PostAsync($"{seller.Path}/documents", TestSeller.UploadForm(TestSeller.Pdf(2000), kind: "Passport"));
        var kindAfterFile = await seller.Member.Http.PostAsync($"{seller.Path}/documents", fileFirst);
        var json = await seller.Member.Post($"{seller.Path}/documents", new { kind = "InsuranceCertificate" });

        var validation = "urn:estatecommons:problem:validation";
        Assert.True((await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, validation, unknownKind)).GetProperty("errors").TryGetProperty("kind", out _));
        Assert.True((await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, validation, kindAfterFile)).GetProperty("errors").TryGetProperty("kind", out _));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        await AssertNoDocuments(seller);
    }

    [Fact]
    public async Task An_upload_cut_off_before_its_closing_boundary_is_a_400_and_keeps_nothing()
    {
        var seller = await TestSeller.Create(api);
        var body = Encoding.ASCII.GetBytes(
            "--cut\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nInsuranceCertificate\r\n" +
            "--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cover.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
            .Concat(TestSeller.Pdf(5000)).ToArray();
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=cut");

        var response = await seller.Member.Http.PostAsync($"{seller.Path}/documents", content);

        await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, "urn:estatecommons:problem:malformed-request", response);
        await AssertNoDocuments(seller);
        // The part already streamed in is thrown away, not left half-written.
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(api.DataPath, "documents", "incoming")));
    }

    [Fact]
    public async Task A_file_over_the_stores_limit_is_a_413_while_other_requests_keep_their_one_megabyte_limit()
    {
        var seller = await TestSeller.Create(api);
        var tooLarge = TestSeller.Pdf(10 * 1024 * 1024 + 1);
        var longDescription = new StringContent($"{{\"publicDescription\":\"{new string('x', 2 * 1024 * 1024)}\"}}", Encoding.UTF8, "application/json");

        var upload = await ApiClient.ExpectProblem(HttpStatusCode.RequestEntityTooLarge, Refused, await seller.Upload(tooLarge));
        var update = await seller.Member.Http.PutAsync(seller.Path, longDescription);

        Assert.Equal("too-large", upload.GetProperty("reason").GetString());
        await ApiClient.ExpectProblem(HttpStatusCode.RequestEntityTooLarge, "urn:estatecommons:problem:request-too-large", update);
        await AssertNoDocuments(seller);
    }

    private static async Task AssertNoDocuments(TestSeller seller)
    {
        var listed = await ApiClient.Expect(HttpStatusCode.OK, await seller.Member.Get($"{seller.Path}/documents"));
        Assert.Equal(0, listed.GetProperty("documents").GetArrayLength());
    }
}
