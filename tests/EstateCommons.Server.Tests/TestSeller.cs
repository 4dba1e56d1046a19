using System.Net.Http.Headers;

namespace EstateCommons.Server.Tests;

/// <summary>A market seller registered through the API by its own member account, under ids unique to the test.</summary>
public sealed record TestSeller(string SellerId, ApiClient Member, string MemberEmail)
{
    public string Path => $"/api/sellers/{SellerId}";

    public static readonly byte[] PdfSignature = "%PDF-1.7\n"u8.ToArray();

    public static object Profile(string businessName = "Hollow Lane Honey", string insuranceExpires = "2027-11-30", string postcode = "b15 2tt") => new
    {
        businessName,
        businessType = "SoleTrader",
        postcode,
        latitude = 52.45,
        longitude = -1.93,
        categories = new[] { "honey", "Preserves " },
        needs = new { power = false, water = true, cooksHotFood = false },
        publicDescription = "Raw honey from hives on the Lickey Hills.",
        compliance = new
        {
            registration = new { council = "Birmingham City Council", reference = "FBR-2026-0147" },
            hygieneRating = 5,
            insurance = new { insurer = "Market Traders Mutual", coverPence = 500_000_000L, expires = insuranceExpires },
        },
    };

    public static async Task<TestSeller> Create(EstateApi api, object? profile = null)
    {
        var email = $"seller-{Guid.NewGuid().ToString("N")[..8]}@farm.example";
        var member = await TestEstate.Register(api, email);
        var created = await ApiClient.Expect(HttpStatusCode.Created, await member.Post("/api/sellers", profile ?? Profile()));
        return new TestSeller(created.GetProperty("id").GetString()!, member, email);
    }

    /// <summary>Random bytes behind a PDF's signature: enough for the store's type check.</summary>
    public static byte[] Pdf(int size, int seed = 1)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        PdfSignature.CopyTo(bytes, 0);
        return bytes;
    }

    public static MultipartFormDataContent UploadForm(byte[] file, string kind = "InsuranceCertificate", string contentType = "application/pdf", string fileName = "public-liability.pdf")
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { new StringContent(kind), "kind" }, { content, "file", fileName } };
    }

    public Task<HttpResponseMessage> Upload(byte[] file, string kind = "InsuranceCertificate", string contentType = "application/pdf", string fileName = "public-liability.pdf") =>
        Member.Http.PostAsync($"{Path}/documents", UploadForm(file, kind, contentType, fileName));
}
