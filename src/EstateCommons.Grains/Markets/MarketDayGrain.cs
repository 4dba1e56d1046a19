using EstateCommons.Domain.Markets;
using EstateCommons.Domain.Sellers;
using EstateCommons.GrainInterfaces.Markets;
using EstateCommons.GrainInterfaces.Payments;
using EstateCommons.GrainInterfaces.Sellers;
using EstateCommons.Payments;
using Microsoft.Extensions.Logging;

namespace EstateCommons.Grains.Markets;

public sealed partial class MarketDayGrain(
    [PersistentState("marketDay", StorageNames.Estate)] IPersistentState<MarketDayState> state,
    IPaymentGateway gateway,
    IClock clock,
    ILogger<MarketDayGrain> logger) : Grain, IMarketDayGrain, IRemindable
{
    private const string DeadlineReminder = "deadline";

    // Reminders fire at least this often while something is due; each firing catches up and re-registers for the next deadline.
    private static readonly TimeSpan ReminderPeriod = TimeSpan.FromHours(1);

    private MarketDayRef Ref => MarketDayRef.FromKey(this.GetPrimaryKeyString());

    private MarketDay Day => state.State.Day;

    public Task<MarketDayResponse> Get() => Change((day, _, _, _) => new MarketDayChange(day, null));

    public async Task<MarketDayResponse> Apply(MarketApplication application)
    {
        if (await GrainFactory.GetGrain<ISellerGrain>(application.SellerId).Get() is not { } seller)
        {
            return new MarketDayResponse(null, MarketDayProblem.NotFound("There is no seller with that id."));
        }
        if (seller.Profile.Compliance.Registration is null)
        {
            return new MarketDayResponse(null, MarketDayProblem.Invalid([new FieldError("sellerId",
                "Register your food business with your local council and add the registration to your profile before applying.")]));
        }
        return await Change(
            (day, market, times, now) => day.Apply(application with { AppliedAt = now, WithdrawnAt = null }, market.Definition.Layout, times, now),
            // Recorded on the seller first, so their list of market days can always find the application.
            before: market => GrainFactory.GetGrain<ISellerGrain>(application.SellerId).RecordApplication(Ref, market.Site.TrustId));
    }

    public Task<MarketDayResponse> Withdraw(string sellerId) =>
        Change((day, market, times, now) => day.Withdraw(sellerId, market.Definition.Layout, times, now));

    public async Task<MarketDayResponse> Allocate(string by, int? seed)
    {
        if (await Context() is not { } context) return MarketDayResponse.NoSuchDay;
        var now = clock.GetCurrentInstant();
        await CatchUp(context, now);
        if (Day.IsAllocated) return Answer(context, MarketDayProblem.WrongState("Pitches for this day have already been allocated."));
        if (context.Times.HasOpened(now)) return Answer(context, MarketDayProblem.WrongTime("The market has opened; re-let free pitches on the day instead."));
        await RunAllocation(context, now, by, seed);
        return Answer(context, null);
    }

    public Task<MarketDayResponse> DeclineOffer(string sellerId) =>
        Change((day, market, times, now) => day.DeclineOffer(sellerId, market.Definition.Layout, times, now));

    public Task<MarketDayResponse> Override(IReadOnlyList<string> pitchIds, string? sellerId, string reason, string by) =>
        Change((day, market, times, now) => day.Override(pitchIds, sellerId, reason, by, market.Definition.Layout, times, now));

    public Task<MarketDayResponse> CheckIn(string sellerId, string by) => Change((day, _, times, now) => day.CheckIn(sellerId, by, times, now));

    public Task<MarketDayResponse> MarkNoShow(string sellerId, string by) => Change((day, _, times, now) => day.MarkNoShow(sellerId, by, times, now));

    public Task<MarketDayResponse> Relet(IReadOnlyList<string> pitchIds, string sellerId, string by) =>
        Change((day, market, times, now) => day.Relet(pitchIds, sellerId, by, market.Definition.Layout, times, now));

    public Task<MarketDayResponse> ReportTakings(string sellerId, Money takings) =>
        Change((day, _, times, now) => day.ReportTakings(sellerId, takings, times, now));

    public async Task<MarketDayFeesResult> Fees()
    {
        if (await Context() is not { } context) return new MarketDayFeesResult(null, null, [], []);
        var now = clock.GetCurrentInstant();
        await CatchUp(context, now);
        long? visitors = context.Times.HasClosed(now) ? await VisitorsWhileOpen(context) : null;
        var traders = Day.Traders().ToList();
        var types = await BusinessTypes(traders.Select(h => h.SellerId));
        var payments = await Task.WhenAll(traders.Select(h => GrainFactory.GetGrain<IPaymentGrain>(h.PaymentId ?? PaymentIdFor(h.SellerId, "invoice")).Get()));
        return new MarketDayFeesResult(Snapshot(context), visitors, MarketDayFees.For(Day, context.Market.Definition, types, visitors), payments.OfType<Payment>().ToList());
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var now = clock.GetCurrentInstant();
        var context = await Context();
        if (context is not null) await CatchUp(context, now);
        // A firing that found nothing to do (the market's times moved, say, or the day is no longer traded) still moves
        // the reminder to what is next, or stops it: this firing shows it is registered, whatever was saved.
        var next = context is null ? null : Day.NextDeadline(context.Times, now);
        if (next is null && state.State.ReminderFor is null && await this.GetReminder(reminderName) is { } stray) await this.UnregisterReminder(stray);
        if (await MoveReminder(next, now)) await state.WriteStateAsync();
    }

    private async Task<MarketDayResponse> Change(Func<MarketDay, MarketSnapshot, MarketDayTimes, Instant, MarketDayChange> change, Func<MarketSnapshot, Task>? before = null)
    {
        if (await Context() is not { } context) return MarketDayResponse.NoSuchDay;
        var now = clock.GetCurrentInstant();
        await CatchUp(context, now);
        var result = change(Day, context.Market, context.Times, now);
        if (!result.Succeeded || result.Day == Day) return Answer(context, result.Problem);
        if (before is not null) await before(context.Market);
        var previous = Day;
        await Save(result.Day, context, now);
        await CancelPaymentsOfEndedHoldings(previous, result.Day);
        return Answer(context, null);
    }

    private async Task<MarketDayResponse> Commit(DayContext context, MarketDayChange change, Instant now)
    {
        if (change.Succeeded && change.Day != Day) await Save(change.Day, context, now);
        return Answer(context, change.Problem);
    }

    /// <summary>Runs whatever fell due since the last call: allocation once applications have closed, and lapsed offers.</summary>
    private async Task CatchUp(DayContext context, Instant now)
    {
        if (!Day.IsAllocated && now >= context.Times.ApplicationsClose && !context.Times.HasOpened(now) && Day.ActiveApplications().Any())
        {
            await RunAllocation(context, now, MarketAllocation.Scheduled, seed: null);
        }
        var expired = Day.ExpireOffers(context.Market.Definition.Layout, context.Times, now);
        if (expired != Day) await Save(expired, context, now);
        if (Day.IsAllocated && Day.FeesSettledAt is null && now >= context.Times.FeesDueAt) await SettleFees(context, now);
        if (Day.Allocation is { } allocation && !state.State.MissesRecorded)
        {
            await GrainFactory.GetGrain<IMarketGrain>(Ref.Market.Key).RecordMisses(Ref.Date, MarketDayApplicants.Misses(allocation.Request, allocation.Result));
            state.State.MissesRecorded = true;
            await state.WriteStateAsync();
        }
    }

    private async Task RunAllocation(DayContext context, Instant now, string by, int? seed)
    {
        var market = context.Market;
        var applications = Day.ActiveApplications().ToList();
        var sellerIds = applications.Select(a => a.SellerId).ToList();
        var profiles = (await Sellers(sellerIds)).ToDictionary(s => s.Id, s => s.Profile);
        var misses = await GrainFactory.GetGrain<IMarketGrain>(Ref.Market.Key).RecentMisses(Ref.Date, sellerIds);

        var request = MarketDayApplicants.Request(market.Definition, market.Site.Location, Ref.Date, applications, profiles, misses, seed);
        var result = PitchAllocator.Allocate(request);
        var change = Day.RecordAllocation(new MarketAllocation(request, result, now, by, ClosedEarly: now < context.Times.ApplicationsClose), context.Times);
        if (change.Succeeded) await Save(change.Day, context, now);
    }

    /// <summary>
    /// Saves the day and, with it in the same write, the deadline its reminder is set for. The reminder is moved first:
    /// if the write then fails, a reminder for a deadline not saved only fires a catch-up that finds nothing to do.
    /// </summary>
    private async Task Save(MarketDay day, DayContext context, Instant now)
    {
        state.State.Day = day;
        await MoveReminder(day.NextDeadline(context.Times, now), now);
        await state.WriteStateAsync();
        await PublishFigures(context, now);
    }

    /// <summary>
    /// Keeps one reminder registered for the next deadline (none when nothing is due), touching the reminder table only
    /// when that moves. Returns whether it moved, leaving the caller to save <see cref="MarketDayState.ReminderFor"/>.
    /// </summary>
    private async Task<bool> MoveReminder(Instant? deadline, Instant now)
    {
        if (deadline == state.State.ReminderFor) return false;
        if (deadline is { } due)
        {
            var wait = due - now;
            await this.RegisterOrUpdateReminder(DeadlineReminder, wait > Duration.Zero ? wait.ToTimeSpan() : TimeSpan.FromSeconds(1), ReminderPeriod);
        }
        else if (await this.GetReminder(DeadlineReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
        state.State.ReminderFor = deadline;
        return true;
    }

    private async Task<DayContext?> Context()
    {
        var market = await GrainFactory.GetGrain<IMarketGrain>(Ref.Market.Key).Get();
        if (market is null || !market.Definition.Schedule.IsMarketDay(Ref.Date)) return null;
        return new DayContext(market, MarketDayTimes.For(market.Definition, Ref.Date, market.Site.TimeZone));
    }

    /// <summary>The sellers with these ids that exist.</summary>
    private async Task<IEnumerable<SellerSnapshot>> Sellers(IEnumerable<string> sellerIds) =>
        (await Task.WhenAll(sellerIds.Select(id => GrainFactory.GetGrain<ISellerGrain>(id).Get()))).OfType<SellerSnapshot>();

    /// <summary>Everyone counted while the market was open, which footfall fees are worked out from.</summary>
    private async Task<long> VisitorsWhileOpen(DayContext context) =>
        (await GrainFactory.GetGrain<IMarketFootfallGrain>(Ref.Key).Summary(context.Times.Opening, context.Market.Site.TimeZoneId)).Total;

    private MarketDaySnapshot Snapshot(DayContext context) => new(Ref, context.Market, context.Times, Day);

    private MarketDayResponse Answer(DayContext context, MarketDayProblem? problem) => new(Snapshot(context), problem);

    private sealed record DayContext(MarketSnapshot Market, MarketDayTimes Times);
}
