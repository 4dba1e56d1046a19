using EstateCommons.Domain.Bookings;
using EstateCommons.Domain.Calendar;
using EstateCommons.GrainInterfaces.Spaces;

namespace EstateCommons.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class SpaceCalendarConcurrencyTests(TwoSiloCluster cluster)
{
    [Fact]
    public async Task Fifty_requests_for_the_same_slot_from_two_silos_book_it_exactly_once()
    {
        var space = await Estate.NewSpace(cluster.Client);
        var organisation = await Estate.NewOrganisation(cluster.Client);
        var key = space.GetPrimaryKeyString();
        var factories = cluster.SiloFactories;
        Assert.Equal(2, factories.Count);

        var attempts = Enumerable.Range(0, 50).Select(i =>
            factories[i % 2].GetGrain<ISpaceGrain>(key).Book(Estate.Request(organisation, "2027-02-02T10:00", "2027-02-02T11:00"), Estate.Hold));
        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.Equal(49, outcomes.Count(o => !o.Succeeded && o.OnlyClashes));
    }

    [Fact]
    public async Task Concurrent_overlapping_requests_from_two_silos_never_leave_overlapping_bookings()
    {
        var buffer = Duration.FromMinutes(15);
        var space = await Estate.NewSpace(cluster.Client, buffer);
        var organisation = await Estate.NewOrganisation(cluster.Client);
        var key = space.GetPrimaryKeyString();
        var factories = cluster.SiloFactories;
        var random = new Random(20261123);

        // Random 30–120 minute requests on a 15-minute grid over one busy morning: many overlap.
        var attempts = Enumerable.Range(0, 200).Select(i =>
        {
            var start = new LocalDateTime(2027, 2, 3, 8, 0).PlusMinutes(15 * random.Next(0, 24));
            var end = start.PlusMinutes(15 * random.Next(2, 9));
            return factories[i % 2].GetGrain<ISpaceGrain>(key).Book(Estate.Request(organisation, LocalClock.Format(start), LocalClock.Format(end)), Estate.Hold);
        });
        var outcomes = await Task.WhenAll(attempts);

        var booked = (await space.BookingsBetween(new Interval(Instant.FromUtc(2027, 2, 3, 0, 0), Instant.FromUtc(2027, 2, 4, 0, 0)))).ToList();
        Assert.Equal(outcomes.Sum(o => o.Booked.Count), booked.Count);
        Assert.True(booked.Count > 1);
        foreach (var a in booked)
        {
            foreach (var b in booked.Where(b => b.Id != a.Id))
            {
                Assert.False(a.Interval.Widen(buffer).Overlaps(b.Interval), $"{a.Interval} and {b.Interval} are closer than the buffer");
            }
        }
    }
}
