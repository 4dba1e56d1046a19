using EstateCommons.Domain.Calendar;
using NodaTime;

namespace EstateCommons.Domain.Bookings;

/// <summary>
/// Decides whether a request can be booked: each occurrence is resolved to instants in the site's zone,
/// checked against the space's rules, and checked for clashes with bookings and licences (buffers included).
/// Pure: the caller supplies the bookings near each occurrence and the current instant.
/// </summary>
public static class BookingPlanner
{
    public static BookingDecision Plan(
        BookingRequest request,
        SpaceTimetable timetable,
        Instant now,
        Func<Interval, IEnumerable<Booking>> bookingsNear)
    {
        var accepted = new List<PlannedOccurrence>();
        var failures = new List<OccurrenceFailure>();
        foreach (var (localStart, localEnd) in request.Occurrences())
        {
            var breaches = new List<RuleBreach>();
            var interval = Resolve(localStart, localEnd, timetable.Zone, breaches);
            var clashes = new List<Clash>();
            if (interval is { } span)
            {
                breaches.AddRange(CheckRules(span, localStart, localEnd, request.Attendees, timetable, now));
                clashes.AddRange(FindClashes(span, timetable, bookingsNear, accepted));
            }
            if (breaches.Count > 0 || clashes.Count > 0)
            {
                failures.Add(new OccurrenceFailure(localStart, localEnd, breaches, clashes));
            }
            else
            {
                var price = timetable.Definition.Pricing.PriceFor(interval!.Value.Duration, request.OrganisationKind);
                accepted.Add(new PlannedOccurrence(interval.Value, price));
            }
        }
        return failures.Count > 0 ? new BookingDecision([], failures) : new BookingDecision(accepted, []);
    }

    private static Interval? Resolve(LocalDateTime localStart, LocalDateTime localEnd, DateTimeZone zone, List<RuleBreach> breaches)
    {
        var start = SiteTime.Resolve(localStart, zone, out var startProblem);
        var end = SiteTime.Resolve(localEnd, zone, out var endProblem);
        if (startProblem is not null) breaches.Add(new RuleBreach(RuleCodes.LocalTimeDoesNotExist, startProblem));
        if (endProblem is not null) breaches.Add(new RuleBreach(RuleCodes.LocalTimeDoesNotExist, endProblem));
        if (start is null || end is null) return null;
        if (end.Value.ToInstant() <= start.Value.ToInstant())
        {
            breaches.Add(new RuleBreach(RuleCodes.EndNotAfterStart, "The booking must end after it starts."));
            return null;
        }
        return new Interval(start.Value.ToInstant(), end.Value.ToInstant());
    }

    private static IEnumerable<RuleBreach> CheckRules(Interval span, LocalDateTime localStart, LocalDateTime localEnd, int attendees, SpaceTimetable timetable, Instant now)
    {
        var definition = timetable.Definition;
        var rules = definition.Rules;
        var length = span.Duration;
        if (length < rules.Minimum) yield return new RuleBreach(RuleCodes.TooShort, $"Bookings here last at least {rules.Minimum.TotalMinutes:0} minutes; this one lasts {length.TotalMinutes:0}.");
        if (length > rules.Maximum) yield return new RuleBreach(RuleCodes.TooLong, $"Bookings here last at most {rules.Maximum.TotalMinutes:0} minutes; this one lasts {length.TotalMinutes:0}.");
        if (!OnSlot(localStart, rules.SlotMinutes) || !OnSlot(localEnd, rules.SlotMinutes))
        {
            var example = rules.SlotMinutes >= 24 * 60 ? "00:00" : $"09:00 or {LocalClock.Format(new LocalTime(9, 0).PlusMinutes(rules.SlotMinutes))}";
            yield return new RuleBreach(RuleCodes.OffSlot, $"Bookings start and end on {rules.SlotMinutes}-minute boundaries, such as {example}.");
        }
        if (attendees > definition.Capacity) yield return new RuleBreach(RuleCodes.OverCapacity, $"The space holds {definition.Capacity} people; {attendees} were asked for.");
        if (span.Start < now + rules.MinimumNotice) yield return new RuleBreach(RuleCodes.TooLittleNotice, $"Book at least {rules.MinimumNotice.TotalHours:0.#} hours ahead.");
        if (span.Start > now + Duration.FromDays(rules.MaximumAdvanceDays)) yield return new RuleBreach(RuleCodes.TooFarAhead, $"Bookings open {rules.MaximumAdvanceDays} days ahead.");
        var closure = span.LocalDates(timetable.Zone).Select(timetable.ClosureOn).FirstOrDefault(c => c is not null);
        if (closure is not null)
        {
            yield return new RuleBreach(RuleCodes.Closed, $"The space is closed {LocalClock.Format(closure.From)} to {LocalClock.Format(closure.To)}: {closure.Reason}");
        }
        else if (!timetable.IsOpenThroughout(span))
        {
            yield return new RuleBreach(RuleCodes.OutsideOpeningHours, "The space is not open for all of that time.");
        }
    }

    /// <summary>
    /// Whether bookings released for want of payment can be held again now that they are paid: each is still ahead,
    /// the space is open for all of it (no closure since), and it clashes with nothing that holds time, buffers and
    /// licences included. The rules it was accepted under (length, notice, capacity) are not asked again.
    /// </summary>
    public static bool CanHoldAgain(IReadOnlyList<Booking> released, SpaceTimetable timetable, Instant now, Func<Interval, IEnumerable<Booking>> bookingsNear) =>
        released.All(b => b.Start > now && timetable.IsOpenThroughout(b.Interval) && !FindClashes(b.Interval, timetable, bookingsNear, []).Any());

    private static bool OnSlot(LocalDateTime time, int slotMinutes) =>
        time.Second == 0 && time.NanosecondOfSecond == 0 && (time.Hour * 60 + time.Minute) % slotMinutes == 0;

    private static IEnumerable<Clash> FindClashes(Interval span, SpaceTimetable timetable, Func<Interval, IEnumerable<Booking>> bookingsNear, IReadOnlyList<PlannedOccurrence> earlierInRequest)
    {
        var widened = span.Widen(timetable.Definition.Rules.Buffer);
        foreach (var booking in bookingsNear(widened))
        {
            if (booking.HoldsTime && booking.Interval.Overlaps(widened)) yield return new Clash(booking.Start, booking.End, "booking");
        }
        foreach (var earlier in earlierInRequest)
        {
            if (earlier.Interval.Overlaps(widened)) yield return new Clash(earlier.Interval.Start, earlier.Interval.End, "booking");
        }
        foreach (var held in timetable.LicencesNear(span)) yield return new Clash(held.Start, held.End, "licence");
    }
}
