using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EstateCommons.Domain.Tests;

/// <summary>
/// The promise a calendar makes: two bookings that both hold time never come within the turnaround buffer
/// of each other. Requests land on a 15-minute grid over a few days around each 2027 clock change, including
/// the hours that do not exist or happen twice, and are planned one after another the way the space's
/// calendar would, each accepted occurrence becoming an existing booking for the next request.
/// </summary>
public sealed class NoOverlapProperties
{
    private static readonly LocalDateTime[] FirstDays = [Spaces.At("2027-03-27T00:00"), Spaces.At("2027-10-30T00:00")];

    public sealed record Scenario(int BufferMinutes, IReadOnlyList<BookingRequest> Requests)
    {
        public override string ToString() =>
            $"buffer {BufferMinutes} min: " + string.Join(", ", Requests.Select(r =>
                $"{LocalClock.Format(r.Start)}–{LocalClock.Format(r.End)}{(r.Recurrence is { } rec ? $" x{rec.Count}" : "")}"));
    }

    private static Gen<BookingRequest> RequestFrom(LocalDateTime firstDay) =>
        from slot in Gen.Choose(0, 4 * 24 * 4)
        from slots in Gen.Choose(1, 4 * 6)
        from weeks in Gen.Frequency((4, Gen.Constant(1)), (1, Gen.Choose(2, 3)))
        let start = firstDay.PlusMinutes(15 * slot)
        select Requests.Request(
            LocalClock.Format(start),
            LocalClock.Format(start.PlusMinutes(15 * slots)),
            recurrence: weeks == 1 ? null : new Recurrence(RecurrenceFrequency.Weekly, weeks, null));

    private static readonly Arbitrary<Scenario> Scenarios = Arb.From(
        from buffer in Gen.Elements(0, 15, 30, 60)
        from firstDay in Gen.Elements(FirstDays)
        from requests in Gen.ListOf(RequestFrom(firstDay))
        select new Scenario(buffer, requests),
        scenario => Enumerable.Range(0, scenario.Requests.Count)
            .Select(i => scenario with { Requests = scenario.Requests.Where((_, j) => j != i).ToList() }));

    [Property(MaxTest = 300)]
    public Property Accepted_bookings_never_come_within_the_buffer_of_each_other() =>
        Prop.ForAll(Scenarios, scenario =>
        {
            var room = Spaces.Timetable(Spaces.Definition(Spaces.Rules(bufferMinutes: scenario.BufferMinutes)));
            var booked = new List<Booking>();

            foreach (var request in scenario.Requests)
            {
                var decision = room.Plan(request, Spaces.Now, booked);
                booked.AddRange(decision.Accepted.Select(o => Requests.Existing(o.Interval)));
            }

            var buffer = Duration.FromMinutes(scenario.BufferMinutes);
            foreach (var (a, b) in booked.SelectMany((a, i) => booked.Skip(i + 1).Select(b => (a, b))))
            {
                Assert.True(a.End + buffer <= b.Start || b.End + buffer <= a.Start, $"{a.Interval} and {b.Interval} are closer than {buffer}");
            }
        });

    [Property(MaxTest = 300)]
    public Property Request_refused_only_for_clashes_would_fit_an_empty_calendar_and_names_real_bookings() =>
        Prop.ForAll(Scenarios, scenario =>
        {
            var room = Spaces.Timetable(Spaces.Definition(Spaces.Rules(bufferMinutes: scenario.BufferMinutes)));
            var booked = new List<Booking>();

            foreach (var request in scenario.Requests)
            {
                var decision = room.Plan(request, Spaces.Now, booked);
                var onAnEmptyCalendar = room.Plan(request, Spaces.Now, []);

                Assert.Equal(onAnEmptyCalendar.IsAccepted, decision.IsAccepted || decision.OnlyClashes);
                Assert.All(decision.Failures.SelectMany(f => f.Clashes), clash =>
                    Assert.Contains(booked, b => b.Start == clash.Start && b.End == clash.End));
                booked.AddRange(decision.Accepted.Select(o => Requests.Existing(o.Interval)));
            }
        });
}
