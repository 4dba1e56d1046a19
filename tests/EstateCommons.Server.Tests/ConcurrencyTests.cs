namespace EstateCommons.Server.Tests;

[Collection(ApiCollection.Name)]
public sealed class ConcurrencyTests(EstateApi api)
{
    [Fact]
    public async Task Fifty_simultaneous_requests_for_one_slot_give_one_201_and_forty_nine_409s()
    {
        var estate = await TestEstate.Create(api);
        var request = estate.Booking("2027-01-12T10:00", "2027-01-12T12:00");
        using var start = new ManualResetEventSlim();

        var attempts = Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            return await estate.Member.Post("/api/bookings", request);
        })).ToList();
        start.Set();
        var responses = await Task.WhenAll(attempts);

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(49, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var conflict = await ApiClient.Json(responses.First(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal("2027-01-12T10:00", conflict.GetProperty("conflicts")[0].GetProperty("start").GetString());
        var listed = await ApiClient.Expect(HttpStatusCode.OK, await estate.Member.Get($"/api/organisations/{estate.OrganisationId}/bookings?from=2027-01-12&to=2027-01-12"));
        Assert.Equal(1, listed.GetProperty("bookings").GetArrayLength());
    }
}
