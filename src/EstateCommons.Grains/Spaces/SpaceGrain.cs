using EstateCommons.Domain.Bookings;
using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Spaces;
using EstateCommons.GrainInterfaces.Estate;
using EstateCommons.GrainInterfaces.Organisations;
using EstateCommons.GrainInterfaces.Spaces;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace EstateCommons.Grains.Spaces;

public sealed class SpaceGrain(
    [PersistentState("space", StorageNames.Estate)] IPersistentState<SpaceState> space,
    [FromKeyedServices(StorageNames.Estate)] IGrainStorage storage,
    IClock clock) : Grain, ISpaceGrain
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
        space.State.Definition = definition;
        space.State.TrustId = site.TrustId;
        space.State.TimeZoneId = site.TimeZoneId;
        await space.WriteStateAsync();
        await GrainFactory.GetGrain<ISiteGrain>(Ref.SiteId).RecordSpace(
            new SpaceSummary(Ref.SpaceId, definition.Name, definition.Kind, definition.Capacity, definition.Facilities, definition.Accessibility));
    }

    public async Task<BookingOutcome> Book(BookingRequest request)
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

        var status = space.State.Definition!.ApprovalRequired ? BookingStatus.PendingApproval : BookingStatus.Confirmed;
        var seriesId = request.Recurrence is null ? null : BookingId.NewToken();
        var now = clock.GetCurrentInstant();
        var bookings = decision.Accepted
            .Select(o => new Booking(
                BookingId.New(Ref, Booking.PageOf(o.Interval.Start)), Ref, request.OrganisationId, request.OrganisationKind, request.BookedBy,
                o.Interval.Start, o.Interval.End, timetable.Zone.Id, request.Attendees, request.Purpose, status, o.Price, seriesId, now))
            .ToList();
        if (bookings.Max(b => b.Length) is var longest && longest > Longest)
        {
            // Recorded before the pages, so a stored booking is never longer than the reach checks look back.
            space.State.LongestBooking = longest;
            await space.WriteStateAsync();
        }
        if (seriesId is not null)
        {
            await _calendar.SaveSeries(seriesId, new SeriesRecord { OccurrenceIds = bookings.ConvertAll(b => b.Id) });
        }
        await _calendar.Save(bookings);
        _calendar.Trim();
        return new BookingOutcome(bookings, [], false);
    }

    public async Task<Booking?> GetBooking(string bookingId)
    {
        if (!BookingId.TryParse(bookingId, out _, out var page)) return null;
        var booking = await _calendar.Find(bookingId, page);
        _calendar.Trim();
        return booking;
    }

    public async Task<BookingChange> Cancel(string bookingId, CancelScope scope, string by)
    {
        var booking = await GetBooking(bookingId);
        if (booking is null) return new BookingChange([], "No such booking.", NotFound: true);
        var targets = new List<Booking> { booking };
        if (scope == CancelScope.ThisAndFollowing && booking.SeriesId is { } seriesId)
        {
            var series = await _calendar.Series(seriesId);
            foreach (var id in series.OccurrenceIds.Where(id => id != bookingId))
            {
                BookingId.TryParse(id, out _, out var page);
                if (await _calendar.Find(id, page) is { } later && later.Start > booking.Start && later.HoldsTime) targets.Add(later);
            }
        }
        if (!booking.HoldsTime) return new BookingChange([], booking.Cancel(by).Problem);
        var cancelled = targets.Select(b => b.Cancel(by).Updated!).ToList();
        await _calendar.Save(cancelled);
        _calendar.Trim();
        return new BookingChange(cancelled, null);
    }

    public Task<BookingChange> Approve(string bookingId, string by) => ChangeOne(bookingId, b => b.Approve(by));

    public Task<BookingChange> Reject(string bookingId, string by, string? reason) => ChangeOne(bookingId, b => b.Reject(by, reason));

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
        return new LicenceOutcome(true, [], []);
    }

    private async Task<BookingChange> ChangeOne(string bookingId, Func<Booking, StatusChange> change)
    {
        var booking = await GetBooking(bookingId);
        if (booking is null) return new BookingChange([], "No such booking.", NotFound: true);
        var result = change(booking);
        if (result.Updated is null) return new BookingChange([], result.Problem);
        await _calendar.Save([result.Updated]);
        _calendar.Trim();
        return new BookingChange([result.Updated], null);
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
