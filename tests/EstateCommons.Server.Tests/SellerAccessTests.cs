using EstateCommons.Domain.Markets;
using EstateCommons.GrainInterfaces.Sellers;
using Microsoft.Extensions.DependencyInjection;

namespace EstateCommons.Server.Tests;

[Collection(ApiCollection.Name)]
public sealed class SellerAccessTests(EstateApi api)
{
    private const string Forbidden = "urn:estatecommons:problem:forbidden";
    private const string NotFound = "urn:estatecommons:problem:not-found";

    [Fact]
    public async Task Another_sellers_member_can_neither_see_nor_change_this_seller_or_its_documents()
    {
        var ours = await TestSeller.Create(api);
        var theirs = await TestSeller.Create(api, TestSeller.Profile("Top Field Veg"));
        var theirDocument = $"{theirs.Path}/documents/{await Upload(theirs)}";
        var before = await (await theirs.Member.Get(theirs.Path)).Content.ReadAsStringAsync();

        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await ours.Member.Get(theirs.Path));
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await ours.Member.Get($"{theirs.Path}/documents"));
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await ours.Member.Get(theirDocument));
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await ours.Member.Delete(theirDocument));
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await ours.Member.Put(theirs.Path, TestSeller.Profile("Hijacked")));
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await ours.Member.Post($"{theirs.Path}/members", new { email = ours.MemberEmail }));
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden,
            await ours.Member.Http.PostAsync($"{theirs.Path}/documents", TestSeller.UploadForm(TestSeller.Pdf(2000))));
        Assert.Equal(before, await (await theirs.Member.Get(theirs.Path)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_document_is_never_served_or_removed_through_another_sellers_url()
    {
        var ours = await TestSeller.Create(api);
        var theirs = await TestSeller.Create(api);
        var theirId = await Upload(theirs);

        await ApiClient.ExpectProblem(HttpStatusCode.NotFound, NotFound, await ours.Member.Get($"{ours.Path}/documents/{theirId}"));
        await ApiClient.ExpectProblem(HttpStatusCode.NotFound, NotFound, await ours.Member.Delete($"{ours.Path}/documents/{theirId}"));
        Assert.Equal(HttpStatusCode.OK, (await theirs.Member.Get($"{theirs.Path}/documents/{theirId}")).StatusCode);
    }

    [Fact]
    public async Task Anonymous_callers_are_asked_to_sign_in_for_everything_but_the_public_view()
    {
        var seller = await TestSeller.Create(api);
        var document = $"{seller.Path}/documents/{await Upload(seller)}";
        var anonymous = api.Anonymous();
        const string Unauthenticated = "urn:estatecommons:problem:unauthenticated";

        await ApiClient.ExpectProblem(HttpStatusCode.Unauthorized, Unauthenticated, await anonymous.Post("/api/sellers", TestSeller.Profile()));
        await ApiClient.ExpectProblem(HttpStatusCode.Unauthorized, Unauthenticated, await anonymous.Get(seller.Path));
        await ApiClient.ExpectProblem(HttpStatusCode.Unauthorized, Unauthenticated, await anonymous.Get($"{seller.Path}/documents"));
        await ApiClient.ExpectProblem(HttpStatusCode.Unauthorized, Unauthenticated, await anonymous.Get(document));
        await ApiClient.ExpectProblem(HttpStatusCode.Unauthorized, Unauthenticated, await anonymous.Delete(document));
        await ApiClient.ExpectProblem(HttpStatusCode.Unauthorized, Unauthenticated,
            await anonymous.Http.PostAsync($"{seller.Path}/documents", TestSeller.UploadForm(TestSeller.Pdf(2000))));
        await ApiClient.Expect(HttpStatusCode.OK, await anonymous.Get($"{seller.Path}/public"));
    }

    [Fact]
    public async Task Managers_of_a_trust_the_seller_applied_to_can_vet_it_but_not_change_it_while_other_managers_see_nothing()
    {
        var appliedTo = await TestEstate.Create(api);
        var unrelated = await TestEstate.Create(api);
        var seller = await TestSeller.Create(api);
        var document = $"{seller.Path}/documents/{await Upload(seller)}";
        await api.Services.GetRequiredService<IGrainFactory>().GetGrain<ISellerGrain>(seller.SellerId)
            .RecordApplication(new MarketDayRef(appliedTo.SiteId, "friday-market", new LocalDate(2027, 1, 8)), appliedTo.TrustId);

        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await unrelated.Manager.Get(seller.Path));
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await unrelated.Manager.Get($"{seller.Path}/documents"));
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await unrelated.Manager.Get(document));
        var vetted = await ApiClient.Expect(HttpStatusCode.OK, await appliedTo.Manager.Get(seller.Path));
        Assert.Equal("Market Traders Mutual", vetted.GetProperty("compliance").GetProperty("insurance").GetProperty("insurer").GetString());
        await ApiClient.Expect(HttpStatusCode.OK, await appliedTo.Manager.Get($"{seller.Path}/documents"));
        Assert.Equal(HttpStatusCode.OK, (await appliedTo.Manager.Get(document)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await api.Admin()).Get(document)).StatusCode);
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await appliedTo.Manager.Put(seller.Path, TestSeller.Profile("Renamed by a manager")));
        await ApiClient.ExpectProblem(HttpStatusCode.Forbidden, Forbidden, await appliedTo.Manager.Delete(document));
    }

    private static async Task<string> Upload(TestSeller seller) =>
        (await ApiClient.Expect(HttpStatusCode.Created, await seller.Upload(TestSeller.Pdf(2000)))).GetProperty("id").GetString()!;
}
