using System.Web;
using Azure.Storage.Blobs.Models;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EstateCommons.Server.Tests;

[Collection(BlobApiCollection.Name)]
public sealed class BlobStorageTests(BlobEstateApi api)
{
    [Fact]
    public async Task A_document_kept_in_blob_storage_downloads_through_a_redirect_to_a_read_only_link_for_five_minutes()
    {
        var seller = await TestSeller.Create(api);
        var pdf = TestSeller.Pdf(300_000);
        var uploaded = await ApiClient.Expect(HttpStatusCode.Created, await seller.Upload(pdf, fileName: "cover 2027.pdf"));
        var id = uploaded.GetProperty("id").GetString();
        using var member = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        member.DefaultRequestHeaders.Authorization = seller.Member.Http.DefaultRequestHeaders.Authorization;

        using var download = await member.GetAsync($"{seller.Path}/documents/{id}");

        Assert.Equal(HttpStatusCode.Redirect, download.StatusCode);
        Assert.True(download.Headers.CacheControl?.NoStore);
        var link = download.Headers.Location!;
        var signed = HttpUtility.ParseQueryString(link.Query);
        Assert.Equal("r", signed["sp"]);
        Assert.InRange(DateTimeOffset.Parse(signed["se"]!) - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5));
        using var browser = new HttpClient();
        using var file = await browser.GetAsync(link);
        Assert.Equal(pdf, await file.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("cover 2027.pdf", file.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Contains($"documents/{id}", api.Blobs.GetBlobs(new GetBlobsOptions { Prefix = "documents/" }).Select(blob => blob.Name));
    }

    [Fact]
    public async Task Grain_state_is_kept_in_blob_storage_under_grains()
    {
        var seller = await TestSeller.Create(api);

        var records = api.Blobs.GetBlobs(new GetBlobsOptions { Prefix = "grains/" }).Select(blob => blob.Name).ToList();

        Assert.Contains(records, name => name.StartsWith("grains/seller/") && name.Contains($"/{seller.SellerId}/"));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(api.DataPath), path => Path.GetFileName(path) is "grains" or "documents");
    }
}
