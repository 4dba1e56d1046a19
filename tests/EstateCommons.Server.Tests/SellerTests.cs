namespace EstateCommons.Server.Tests;

[Collection(ApiCollection.Name)]
public sealed class SellerTests(EstateApi api)
{
    private const string Validation = "urn:estatecommons:problem:validation";

    [Fact]
    public async Task A_seller_registers_their_business_and_is_warned_when_updated_insurance_ends_soon()
    {
        var seller = await TestSeller.Create(api);

        var created = await ApiClient.Expect(HttpStatusCode.OK, await seller.Member.Get(seller.Path));
        Assert.Matches("^sel-[a-z2-9]{10}$", seller.SellerId);
        Assert.Equal("B15 2TT", created.GetProperty("postcode").GetString());
        Assert.Equal(["honey", "preserves"], created.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal([seller.MemberEmail], created.GetProperty("members").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(500_000_000, created.GetProperty("compliance").GetProperty("insurance").GetProperty("coverPence").GetInt64());
        Assert.Equal(0, created.GetProperty("warnings").GetArrayLength());
        var me = await ApiClient.Expect(HttpStatusCode.OK, await seller.Member.Get("/api/accounts/me"));
        Assert.Equal([seller.SellerId], me.GetProperty("sellers").EnumerateArray().Select(s => s.GetString()));

        // The fixed clock says 23 November 2026, so cover ending on 10 December ends within 30 days.
        var updated = await ApiClient.Expect(HttpStatusCode.OK, await seller.Member.Put(seller.Path, TestSeller.Profile("Hollow Lane Honey & Wax", insuranceExpires: "2026-12-10")));

        Assert.Equal("Hollow Lane Honey & Wax", updated.GetProperty("businessName").GetString());
        var warning = Assert.Single(updated.GetProperty("warnings").EnumerateArray());
        Assert.Equal("insurance-expiring", warning.GetProperty("code").GetString());
        Assert.Contains("2026-12-10", warning.GetProperty("message").GetString());
        Assert.Equal(updated.GetRawText(), (await ApiClient.Expect(HttpStatusCode.OK, await seller.Member.Get(seller.Path))).GetRawText());
    }

    [Fact]
    public async Task Bad_details_are_listed_by_field_and_the_stored_seller_is_unchanged()
    {
        var seller = await TestSeller.Create(api);
        var before = await (await seller.Member.Get(seller.Path)).Content.ReadAsStringAsync();

        var response = await seller.Member.Put(seller.Path, new
        {
            businessName = " ",
            businessType = "Conglomerate",
            postcode = "not a postcode",
            latitude = 91.0,
            longitude = -1.93,
            categories = new[] { "Fresh fish!" },
            publicDescription = new string('x', 1001),
            compliance = new
            {
                registration = new { council = "", reference = "FBR-2026-0147" },
                hygieneRating = 7,
                insurance = new { insurer = "Market Traders Mutual", coverPence = 0, expires = "next week" },
            },
        });

        var errors = (await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, Validation, response)).GetProperty("errors");
        foreach (var field in new[]
        {
            "businessName", "businessType", "postcode", "latitude", "categories", "publicDescription",
            "compliance.registration.council", "compliance.hygieneRating", "compliance.insurance.coverPence", "compliance.insurance.expires",
        })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}");
        }
        Assert.False(errors.TryGetProperty("longitude", out _));
        Assert.False(errors.TryGetProperty("compliance.registration.reference", out _));
        Assert.Equal(before, await (await seller.Member.Get(seller.Path)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_registration_missing_its_details_creates_no_seller()
    {
        var member = await TestEstate.Register(api, $"seller-{Guid.NewGuid().ToString("N")[..8]}@farm.example");

        var response = await member.Post("/api/sellers", new { businessName = "Hollow Lane Honey" });

        var errors = (await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, Validation, response)).GetProperty("errors");
        foreach (var field in new[] { "businessType", "postcode", "latitude", "longitude", "categories" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}");
        }
        var me = await ApiClient.Expect(HttpStatusCode.OK, await member.Get("/api/accounts/me"));
        Assert.Equal(0, me.GetProperty("sellers").GetArrayLength());
    }

    [Fact]
    public async Task A_member_adds_a_registered_account_which_can_then_act_for_the_seller()
    {
        var seller = await TestSeller.Create(api);
        var partnerEmail = $"partner-{Guid.NewGuid().ToString("N")[..8]}@farm.example";
        var partner = await TestEstate.Register(api, partnerEmail);

        await ApiClient.ExpectProblem(HttpStatusCode.BadRequest, Validation, await seller.Member.Post($"{seller.Path}/members", new { email = "nobody@farm.example" }));
        var added = await ApiClient.Expect(HttpStatusCode.OK, await seller.Member.Post($"{seller.Path}/members", new { email = partnerEmail.ToUpperInvariant() }));

        Assert.Equal([seller.MemberEmail, partnerEmail], added.GetProperty("members").EnumerateArray().Select(m => m.GetString()));
        var renamed = await ApiClient.Expect(HttpStatusCode.OK, await partner.Put(seller.Path, TestSeller.Profile("Hollow Lane Apiary")));
        Assert.Equal("Hollow Lane Apiary", renamed.GetProperty("businessName").GetString());
        var partnerAccount = await ApiClient.Expect(HttpStatusCode.OK, await partner.Get("/api/accounts/me"));
        Assert.Equal([seller.SellerId], partnerAccount.GetProperty("sellers").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task The_public_view_shows_what_visitors_need_and_nothing_private()
    {
        var seller = await TestSeller.Create(api);

        var view = await ApiClient.Expect(HttpStatusCode.OK, await api.Anonymous().Get($"{seller.Path}/public"));

        Assert.Equal(["id", "businessName", "businessType", "categories", "publicDescription"], view.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Hollow Lane Honey", view.GetProperty("businessName").GetString());
        Assert.Equal("Raw honey from hives on the Lickey Hills.", view.GetProperty("publicDescription").GetString());
        foreach (var secret in new[] { "B15 2TT", "52.45", "Market Traders Mutual", "FBR-2026-0147", seller.MemberEmail })
        {
            Assert.DoesNotContain(secret, view.GetRawText());
        }
        await ApiClient.ExpectProblem(HttpStatusCode.NotFound, "urn:estatecommons:problem:not-found", await api.Anonymous().Get("/api/sellers/sel-nosuchseller/public"));
    }
}
