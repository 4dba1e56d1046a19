using EstateCommons.Domain.Bookings;
using EstateCommons.Domain.Markets;
using EstateCommons.Domain.Organisations;
using EstateCommons.GrainInterfaces.Markets;
using EstateCommons.GrainInterfaces.Reporting;
using EstateCommons.GrainInterfaces.Spaces;
using EstateCommons.Domain.Spaces;
using Orleans.Core.Internal;
using EstateCommons.Grains.Reporting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace EstateCommons.Grains.Tests;

/// <summary>
/// The site's monthly roll-up is fed by the space and market-day grains as things change, so reports read sums made
/// ahead rather than scanning bookings. The test room is open round the clock at £40 an hour, free to charities.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class UsageRollUpTests(TwoSiloCluster cluster)
{
    private static LocalDate Today => RoomHire.Now.InZone(Estate.London).Date;

    [Fact]
    public async Task Bookings_made_and_cancelled_reach_the_sites_month_as_they_happen()
    {
        var space = await Estate.NewSpace(cluster.Client);
        var charity = await Estate.NewOrganisation(cluster.Client);
        var group = await Estate.NewOrganisation(cluster.Client, OrganisationKind.CommunityGroup);
        var kept = await space.Book(Estate.Request(charity, RoomHire.DaysAhead(3, 10), RoomHire.DaysAhead(3, 12)), Estate.Hold);
        var dropped = await space.Book(Estate.Request(group, RoomHire.DaysAhead(3, 14), RoomHire.DaysAhead(3, 15), kind: OrganisationKind.CommunityGroup), Estate.Hold);
        Assert.True(kept.Succeeded && dropped.Succeeded);
        await space.Cancel(dropped.Booked[0].Id, CancelScope.ThisOccurrence, "member@carers.example", byManager: false);

        var day = Today.PlusDays(3);
        var usage = await DayOf(space, day);

        Assert.Equal(120, usage.TotalBookedMinutes);
        Assert.Equal(120, usage.BookedMinutes[OrganisationKind.RegisteredCharity]);
        // The charity paid nothing for two hours at £40: £80 given in kind.
        Assert.Equal(8_000, usage.InKindPence[OrganisationKind.RegisteredCharity]);
        Assert.Equal((1, 1), (usage.Bookings, usage.Cancellations));
        Assert.Equal((60, 60), (usage.Heatmap.At(day.DayOfWeek, 10), usage.Heatmap.At(day.DayOfWeek, 11)));
        Assert.Equal(MinutesIn(day), usage.AvailableMinutes);
    }

    [Fact]
    public async Task Open_days_are_reported_ahead_with_nothing_booked_and_days_before_listing_are_not()
    {
        var space = await Estate.NewSpace(cluster.Client);
        var thisMonth = await Slice(space, Today.With(DateAdjusters.StartOfMonth), Today.With(DateAdjusters.EndOfMonth));
        var next = Today.PlusMonths(1);
        var nextMonth = await Slice(space, next.With(DateAdjusters.StartOfMonth), next.With(DateAdjusters.EndOfMonth));

        Assert.Equal(Today, thisMonth.Days[0].Date);
        Assert.Equal(DaysFrom(Today, Today.With(DateAdjusters.EndOfMonth)).Sum(MinutesIn), UsageTotals(thisMonth).AvailableMinutes);
        Assert.Equal(DaysFrom(next.With(DateAdjusters.StartOfMonth), next.With(DateAdjusters.EndOfMonth)).Sum(MinutesIn), UsageTotals(nextMonth).AvailableMinutes);
        Assert.Equal(0, UsageTotals(nextMonth).TotalBookedMinutes);
    }

    [Fact]
    public async Task A_no_show_stays_booked_and_is_counted_once_the_booking_has_started()
    {
        var space = await Estate.NewSpace(cluster.Client);
        var charity = await Estate.NewOrganisation(cluster.Client);
        var booked = await space.Book(Estate.Request(charity, RoomHire.DaysAhead(1, 9), RoomHire.DaysAhead(1, 10)), Estate.Hold);
        var id = booked.Booked[0].Id;

        Assert.NotNull((await space.MarkNoShow(id, "manager@trust.example")).Problem);
        TwoSiloCluster.Clock.Advance(Duration.FromDays(2));
        var marked = await space.MarkNoShow(id, "manager@trust.example");

        Assert.Null(marked.Problem);
        var usage = await DayOf(space, booked.Booked[0].LocalStart.Date);
        Assert.Equal((60, 1, 1), (usage.TotalBookedMinutes, usage.Bookings, usage.NoShows));
    }

    [Fact]
    public async Task The_roll_up_is_read_back_whole_after_deactivation()
    {
        var space = await Estate.NewSpace(cluster.Client);
        var charity = await Estate.NewOrganisation(cluster.Client);
        await space.Book(Estate.Request(charity, RoomHire.DaysAhead(2, 13), RoomHire.DaysAhead(2, 16)), Estate.Hold);
        var day = Today.PlusDays(2);
        var before = await DayOf(space, day);

        await RollUpOf(space, day).AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        await Task.Delay(200);
        var after = await DayOf(space, day);

        Assert.Equal((180, before.AvailableMinutes, 12_000L), (after.TotalBookedMinutes, after.AvailableMinutes, after.TotalInKindPence));
    }

    [Fact]
    public async Task Site_sums_follow_each_space_and_a_roll_up_woken_unsettled_adds_them_up_again_from_the_spaces()
    {
        var site = "site-" + Guid.NewGuid().ToString("N")[..8];
        var charity = await Estate.NewOrganisation(cluster.Client);
        var day = Today.PlusDays(4);
        var spaces = new List<ISpaceGrain>();
        foreach (var name in new[] { "room-a", "room-b" })
        {
            var space = cluster.Client.GetGrain<ISpaceGrain>(new SpaceRef(site, name).Key);
            await space.Define(Estate.Space(), new SiteContext("trust-a", "Europe/London", Estate.SiteName));
            spaces.Add(space);
        }
        await spaces[0].Book(Estate.Request(charity, RoomHire.DaysAhead(4, 9), RoomHire.DaysAhead(4, 11)), Estate.Hold);
        var moved = await spaces[1].Book(Estate.Request(charity, RoomHire.DaysAhead(4, 13), RoomHire.DaysAhead(4, 14)), Estate.Hold);
        await spaces[1].Cancel(moved.Booked[0].Id, CancelScope.ThisOccurrence, "member@carers.example", byManager: false);
        await spaces[1].Book(Estate.Request(charity, RoomHire.DaysAhead(4, 15), RoomHire.DaysAhead(4, 18)), Estate.Hold);
        var rollUp = cluster.Client.GetGrain<ISiteUsageGrain>(SiteMonth.Of(site, day).Key);

        var sums = Assert.Single((await rollUp.Slice(day, day, null, withSpaceTotals: true)).Days).Usage;
        Assert.Equal((2 * MinutesIn(day), 120 + 180L, 2, 1), (sums.AvailableMinutes, sums.TotalBookedMinutes, sums.Bookings, sums.Cancellations));

        // Until the sums are next saved, the stored index names the spaces changed since, so a silo dying now loses nothing.
        var storage = cluster.SiloServices[0].GetRequiredKeyedService<IGrainStorage>(StorageNames.Estate);
        var index = new GrainState<SiteMonthIndex>(new SiteMonthIndex());
        var id = GrainId.Create("siteusage", rollUp.GetPrimaryKeyString());
        await storage.ReadStateAsync("usage-index", id, index);
        Assert.Equal(["room-a", "room-b"], index.State.Unsettled.Order());
        await rollUp.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        await Task.Delay(200);
        await storage.ReadStateAsync("usage-index", id, index);
        Assert.Empty(index.State.Unsettled);

        // As if the silo had died between saving the index and a space's record: the sums are wrong and unsettled.
        index.State = new SiteMonthIndex { SpaceIds = index.State.SpaceIds, Unsettled = ["room-b"] };
        await storage.WriteStateAsync("usage-index", id, index);

        var rebuilt = Assert.Single((await rollUp.Slice(day, day, null, withSpaceTotals: true)).Days).Usage;
        Assert.Equal((sums.AvailableMinutes, sums.TotalBookedMinutes, sums.Bookings, sums.Cancellations), (rebuilt.AvailableMinutes, rebuilt.TotalBookedMinutes, rebuilt.Bookings, rebuilt.Cancellations));
    }

    [Fact]
    public async Task A_market_day_nobody_has_applied_for_yet_counts_with_its_pitches_empty()
    {
        var dayRef = await Markets.NewMarketDay(cluster.Client, RoomHire.Now + Duration.FromDays(10), pitches: 4);
        var rollUp = cluster.Client.GetGrain<ISiteUsageGrain>(SiteMonth.Of(dayRef.SiteId, dayRef.Date).Key);

        var scheduled = Assert.Single((await rollUp.Slice(dayRef.Date, dayRef.Date, null, withSpaceTotals: false)).MarketDays);
        Assert.Equal((4, 0, 0, (long?)null), (scheduled.Pitches, scheduled.PitchesLet, scheduled.Applications, scheduled.Footfall));

        var seller = await Markets.NewSeller(cluster.Client, dayRef.Date.PlusYears(1));
        await cluster.Client.GetGrain<IMarketDayGrain>(dayRef.Key).Apply(Markets.Application(seller, "P1"));

        var applied = Assert.Single((await rollUp.Slice(dayRef.Date, dayRef.Date, null, withSpaceTotals: false)).MarketDays);
        Assert.Equal((4, 1), (applied.Pitches, applied.Applications));
    }

    [Fact]
    public async Task A_market_days_pitches_applications_and_sellers_reach_the_roll_up()
    {
        var dayRef = await Markets.NewMarketDay(cluster.Client, RoomHire.Now + Duration.FromDays(10), pitches: 3, fee: new PitchFee.Flat(Money.Gbp(0), FeeConcessions.None));
        var grain = cluster.Client.GetGrain<IMarketDayGrain>(dayRef.Key);
        var sellers = new[] { await Markets.NewSeller(cluster.Client, dayRef.Date.PlusYears(1)), await Markets.NewSeller(cluster.Client, dayRef.Date.PlusYears(1)) };
        await grain.Apply(Markets.Application(sellers[0], "P1"));
        await grain.Apply(Markets.Application(sellers[1], "P3"));
        await grain.Allocate("manager@trust.example", seed: 3);
        Assert.True((await grain.AcceptOffer(sellers[0])).Succeeded);

        var slice = await cluster.Client.GetGrain<ISiteUsageGrain>(SiteMonth.Of(dayRef.SiteId, dayRef.Date).Key).Slice(dayRef.Date, dayRef.Date, null, withSpaceTotals: false);

        var figures = Assert.Single(slice.MarketDays);
        Assert.Equal((3, 1, 2, 0), (figures.Pitches, figures.PitchesLet, figures.Applications, figures.NoShows));
        var seller = Assert.Single(figures.Sellers);
        // Orchard Farm (52.45, −1.93) is about 5 km from the hospital (52.4862, −1.8904): local.
        Assert.Equal((sellers[0], SellerBusinessType.Micro, true), (seller.SellerId, seller.BusinessType, seller.IsLocal));
        Assert.Null(figures.Footfall);
    }

    private Task<SiteUsageSlice> Slice(ISpaceGrain space, LocalDate first, LocalDate last)
    {
        var at = SpaceRef.FromKey(space.GetPrimaryKeyString());
        return RollUpOf(space, first).Slice(first, last, at.SpaceId, withSpaceTotals: true);
    }

    private ISiteUsageGrain RollUpOf(ISpaceGrain space, LocalDate day) =>
        cluster.Client.GetGrain<ISiteUsageGrain>(SiteMonth.Of(SpaceRef.FromKey(space.GetPrimaryKeyString()).SiteId, day).Key);

    private async Task<Domain.Reporting.UsageTotals> DayOf(ISpaceGrain space, LocalDate day) => Assert.Single((await Slice(space, day, day)).Days).Usage;

    private static Domain.Reporting.UsageTotals UsageTotals(SiteUsageSlice slice) => Domain.Reporting.UsageTotals.Of(slice.Days);

    private static IEnumerable<LocalDate> DaysFrom(LocalDate first, LocalDate last)
    {
        for (var d = first; d <= last; d = d.PlusDays(1)) yield return d;
    }

    private static long MinutesIn(LocalDate day) =>
        (long)(Estate.London.AtStartOfDay(day.PlusDays(1)).ToInstant() - Estate.London.AtStartOfDay(day).ToInstant()).TotalMinutes;
}
