using EstateCommons.Domain.Bookings;
using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Spaces;
using EstateCommons.GrainInterfaces.Estate;
using EstateCommons.GrainInterfaces.Organisations;
using EstateCommons.GrainInterfaces.Spaces;
using EstateCommons.Payments;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace EstateCommons.Grains.Spaces;

public sealed partial class SpaceGrain(
    [PersistentState("space", StorageNames.Estate)] IPersistentState<SpaceState> space,
    [FromKeyedServices(StorageNames.Estate)] IGrainStorage storage,
    IPaymentGateway gateway,
    IClock clock,
    ILogger<SpaceGrain> logger) : Grain, ISpaceGrain
{
    private const int MaxAvailabilityDays = 62;
    private readonly HashSet<string> _organisationsRecorded = [];
    private CalendarStore _calendar = null!;

    private SpaceRef Ref => SpaceRef.FromKey(this.GetPrimaryKeyString());

    private Duration Longest => space.State.LongestBooking;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _calendar = new CalendarStore(storage, this.GetGrainId());
        return Task.CompletedTask;
    }

    public Task<SpaceSnapshot?> Get() => Task.FromResult(Snapshot());

    public async Task Define(SpaceDefinition definition, SiteContext site)
    {
        var redefined = space.State.Definition is not null;
        space.State.Definition = definition;
        space.State.TrustId = site.TrustId;
        space.State.TimeZoneId = site.TimeZoneId;
        space.State.SiteName = site.SiteName;
        await space.WriteStateAsync();
        await GrainFactory.GetGrain<ISiteGrain>(Ref.SiteId).RecordSpace(
            new SpaceSummary(Ref.SpaceId, definition.Name, definition.Kind, definition.Capacity, definition.Facilities, definition.Accessibility));
        await StartReportingUsage(redefined);
    }

    public async Task<BookingOutcome> Book(BookingRequest request, Duration paymentHold)
    {
        if (Timetable() is not { } timetable) return BookingOutcome.NoSuchSpace;
        foreach (var (start, end) in request.Occurrences())
        {
            await _calendar.LoadAround(Rough(start, end, timetable), Longest);
        }
        var decision = BookingPlanner.Plan(request, timetable, clock.GetCurrentInstant(), range => _calendar.LoadedOverlapping(range, Longest));
        if (!decision.IsAccepted)
        {
            _calendar.Trim();
            return new BookingOutcome([], decision.Failures, decision.OnlyClashes, TimeZoneId: timetable.Zone.Id);
        }

        // Remember the space on the organisation first, so its bookings list can always find what is written next.
        // Once per organisation per activation is enough (the call is idempotent), and it keeps a busy
        // organisation's grain off the path of every booking.
        if (!_organisationsRecorded.Contains(request.OrganisationId))
        {
            await GrainFactory.GetGrain<IOrganisationGrain>(request.OrganisationId).RecordSpaceUsed(Ref);
            _organisationsRecorded.Add(request.OrganisationId);
        }

        var now = clock.GetCurrentInstant();
        var charge = new Money(decision.Accepted.Sum(o => o.Price.Charged.MinorUnits), timetable.Definition.Pricing.Currency);
        var paymentId = charge.MinorUnits > 0 ? NewPaymentId() : null;
        Instant? holdUntil = paymentId is not null && gateway.IsEnabled ? now + paymentHold : null;
        var status = holdUntil is not null ? BookingStatus.PendingPayment
            : timetable.Definition.ApprovalRequired ? BookingStatus.PendingApproval : BookingStatus.Confirmed;
        var seriesId = request.Recurrence is null ? null : BookingId.NewToken();
        var bookings = decision.Accepted
            .Select(o => new Booking(
                BookingId.New(Ref, Booking.PageOf(o.Interval.Start)), Ref, request.OrganisationId, request.OrganisationKind, request.BookedBy,
                o.Interval.Start, o.Interval.End, timetable.Zone.Id, request.Attendees, request.Purpose, status, o.Price, seriesId, now,
                PaymentId: paymentId, HoldUntil: holdUntil))
            .ToList();
        if (bookings.Max(b => b.Length) is var longest && longest > Longest)
        {
            // Recorded before the pages, so a stored booking is never longer than the reach checks look back.
            space.State.LongestBooking = longest;
            await space.WriteStateAsync();
        }

        // A hold's payment starts before the hold is written, so held time always has a payment whose reminder releases
        // it. The payer learns the page only from this answer, so a payment left without its bookings by a crash in
        // between is never paid; its reminder expires it. An invoice, by contrast, is listed only for bookings written.
        Payment? payment = null;
        if (holdUntil is not null)
        {
            payment = await OpenCheckout(bookings, request, charge);
            if (payment is null)
            {
                _calendar.Trim();
                return new BookingOutcome([], [], false, TimeZoneId: timetable.Zone.Id, PaymentUnavailable: true);
            }
        }
        if (seriesId is not null)
        {
            await _calendar.SaveSeries(seriesId, new SeriesRecord { OccurrenceIds = bookings.ConvertAll(b => b.Id) });
        }
        await SaveAndPublish(bookings);
        _calendar.Trim();
        if (paymentId is not null && holdUntil is null) payment = await ListToInvoice(bookings, request, charge);
        return new BookingOutcome(bookings, [], false, Payment: payment);
    }

    public async Task<Booking?> GetBooking(string bookingId)
    {
        if (!BookingId.TryParse(bookingId, out _, out var page)) return null;
        var booking = await _calendar.Find(bookingId, page);
        _calendar.Trim();
        return booking;
    }

    public async Task<BookingChange> Cancel(string bookingId, CancelScope scope, string by, bool byManager)
    {
        var booking = await GetBooking(bookingId);
        if (booking is null) return new BookingChange([], "No such booking.", NotFound: true);
        if (!booking.HoldsTime) return new BookingChange([], booking.Cancel(by).Problem);
        if (booking.Status == BookingStatus.PendingPayment) return await CancelUnpaidHold(booking, by);
        List<Booking> targets = scope == CancelScope.ThisAndFollowing
            ? [booking, .. await OtherOccurrences(booking, later => later.Start > booking.Start && later.HoldsTime)]
            : [booking];
        var cancelled = targets.ConvertAll(b => b.Cancel(by).Updated!);
        return await SaveRefunding(cancelled, byManager, byManager ? $"Cancelled by the site ({by})" : $"Cancelled by {by}");
    }

    public Task<BookingChange> Approve(string bookingId, string by) => ChangeOne(bookingId, b => b.Approve(by), fullRefundReason: null);

    public Task<BookingChange> MarkNoShow(string bookingId, string by) =>
        ChangeOne(bookingId, b => b.MarkNoShow(by, clock.GetCurrentInstant()), fullRefundReason: null);

    public Task<BookingChange> Reject(string bookingId, string by, string? reason) =>
        ChangeOne(bookingId, b => b.Reject(by, reason), fullRefundReason: $"Rejected by the site ({by})");

    public async Task<IReadOnlyList<Interval>> FreeBetween(LocalDate first, LocalDate last)
    {
        var timetable = Timetable() ?? throw new InvalidOperationException("The space has not been defined.");
        if (last < first || Period.Between(first, last, PeriodUnits.Days).Days >= MaxAvailabilityDays)
        {
            throw new ArgumentException($"Ask for 1 to {MaxAvailabilityDays} days.");
        }
        var range = new Interval(
            timetable.Zone.AtStartOfDay(first.PlusDays(-1)).ToInstant(),
            timetable.Zone.AtStartOfDay(last.PlusDays(2)).ToInstant());
        await _calendar.LoadAround(range, Longest);
        var held = _calendar.LoadedOverlapping(range, Longest).Where(b => b.HoldsTime).Select(b => b.Interval).ToList();
        _calendar.Trim();
        var window = new Interval(timetable.Zone.AtStartOfDay(first).ToInstant(), timetable.Zone.AtStartOfDay(last.PlusDays(1)).ToInstant());
        return timetable.FreeBetween(first, last, held)
            .Where(i => i.Overlaps(window))
            .Select(i => new Interval(Instant.Max(i.Start, window.Start), Instant.Min(i.End, window.End)))
            .ToList();
    }

    public async Task<IReadOnlyList<Booking>> BookingsBetween(Interval range)
    {
        await _calendar.LoadAround(range, Longest);
        var found = _calendar.LoadedOverlapping(range, Longest).Where(b => b.HoldsTime).OrderBy(b => b.Start).ToList();
        _calendar.Trim();
        return found;
    }

    public async Task<IReadOnlyList<Booking>> BookingsOf(string organisationId, Interval range)
    {
        // Only bookings starting in the range are wanted, so there is no need to look back.
        await _calendar.LoadAround(range, Duration.Zero);
        var found = _calendar.LoadedOverlapping(range, Duration.Zero)
            .Where(b => b.OrganisationId == organisationId && b.Start >= range.Start)
            .OrderBy(b => b.Start)
            .ToList();
        _calendar.Trim();
        return found;
    }

    public async Task<LicenceOutcome> PutLicence(Licence licence)
    {
        var timetable = Timetable() ?? throw new InvalidOperationException("The space has not been defined.");
        var errors = licence.Validate();
        if (errors.Count > 0) return new LicenceOutcome(false, [], errors);

        var held = licence.HeldBetween(licence.From, licence.To, timetable.Zone).ToList();
        var buffer = timetable.Definition.Rules.Buffer;
        var clashes = new List<Clash>();
        foreach (var other in space.State.Licences.Where(l => l.Id != licence.Id))
        {
            var theirs = other.HeldBetween(licence.From, licence.To, timetable.Zone).ToList();
            clashes.AddRange(theirs.Where(t => held.Any(h => h.Overlaps(t))).Select(t => new Clash(t.Start, t.End, "licence")));
        }
        if (held.Count > 0)
        {
            await _calendar.LoadAround(new Interval(held[0].Start - buffer, held[^1].End + buffer), Longest);
            foreach (var span in held)
            {
                clashes.AddRange(_calendar.LoadedOverlapping(span.Widen(buffer), Longest)
                    .Where(b => b.HoldsTime)
                    .Select(b => new Clash(b.Start, b.End, "booking")));
            }
        }
        _calendar.Trim();
        if (clashes.Count > 0) return new LicenceOutcome(false, clashes.Distinct().ToList(), []);

        space.State.Licences.RemoveAll(l => l.Id == licence.Id);
        space.State.Licences.Add(licence);
        await space.WriteStateAsync();
        await RepublishLicence(licence);
        return new LicenceOutcome(true, [], []);
    }

    /// <summary>Changes one booking; with <paramref name="fullRefundReason"/>, anything paid for it is refunded in full first.</summary>
    private async Task<BookingChange> ChangeOne(string bookingId, Func<Booking, StatusChange> change, string? fullRefundReason)
    {
        var booking = await GetBooking(bookingId);
        if (booking is null) return new BookingChange([], "No such booking.", NotFound: true);
        var result = change(booking);
        if (result.Updated is null) return new BookingChange([], result.Problem);
        if (fullRefundReason is not null) return await SaveRefunding([result.Updated], byManager: true, fullRefundReason);
        await SaveAndPublish([result.Updated]);
        _calendar.Trim();
        return new BookingChange([result.Updated], null);
    }

    /// <summary>The other occurrences of the booking's series that <paramref name="which"/> picks; none for a one-off booking.</summary>
    private async Task<List<Booking>> OtherOccurrences(Booking booking, Func<Booking, bool> which)
    {
        var found = new List<Booking>();
        if (booking.SeriesId is not { } seriesId) return found;
        foreach (var id in (await _calendar.Series(seriesId)).OccurrenceIds.Where(id => id != booking.Id))
        {
            BookingId.TryParse(id, out _, out var page);
            if (await _calendar.Find(id, page) is { } other && which(other)) found.Add(other);
        }
        return found;
    }

    private SpaceSnapshot? Snapshot() => space.State.Definition is { } definition
        ? new SpaceSnapshot(Ref, space.State.TrustId!, space.State.TimeZoneId!, definition, [.. space.State.Licences])
        : null;

    private SpaceTimetable? Timetable() => space.State.Definition is { } definition
        ? new SpaceTimetable(definition, DateTimeZoneProviders.Tzdb[space.State.TimeZoneId!], space.State.Licences)
        : null;

    /// <summary>The instants a local request could touch, before its times are checked: enough to know which pages to read.</summary>
    private static Interval Rough(LocalDateTime start, LocalDateTime end, SpaceTimetable timetable)
    {
        var from = timetable.Zone.AtLeniently(start).ToInstant() - timetable.Definition.Rules.Buffer - Duration.FromDays(1);
        var to = timetable.Zone.AtLeniently(end).ToInstant() + timetable.Definition.Rules.Buffer + Duration.FromDays(1);
        return to > from ? new Interval(from, to) : new Interval(from, from + Duration.FromDays(2));
    }
}
