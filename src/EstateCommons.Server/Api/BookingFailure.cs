using EstateCommons.Domain.Bookings;
using EstateCommons.Domain.Calendar;
using EstateCommons.GrainInterfaces.Spaces;
using EstateCommons.Server.Api.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EstateCommons.Server.Api;

/// <summary>
/// Maps a refused booking to problem details: 409 with <c>conflicts</c> when the only trouble is time already held,
/// otherwise 422 naming each broken <c>rules</c> code. Every failing occurrence is listed either way.
/// </summary>
public static class BookingFailure
{
    public static ProblemHttpResult ToProblem(BookingOutcome outcome)
    {
        var zone = DateTimeZoneProviders.Tzdb[outcome.TimeZoneId ?? EstateCommons.Domain.Estate.Site.DefaultTimeZoneId];
        var occurrences = outcome.Failures.Select(f => View(f, zone)).ToList();
        var conflicts = occurrences.SelectMany(o => o.Conflicts).Distinct().ToList();
        var extensions = new Dictionary<string, object?> { ["occurrences"] = occurrences, ["conflicts"] = conflicts };
        if (outcome.OnlyClashes)
        {
            return TypedResults.Problem(
                title: "That time is already taken",
                detail: $"{occurrences.Count} of the requested occurrences clash with existing bookings or licences; nothing was booked.",
                statusCode: StatusCodes.Status409Conflict, type: Problems.BookingConflict, extensions: extensions);
        }
        var breaches = outcome.Failures.SelectMany(f => f.Breaches).ToList();
        extensions["rules"] = breaches.Select(b => b.Rule).Distinct().ToList();
        return TypedResults.Problem(
            title: "The booking breaks a rule of this space",
            detail: breaches[0].Message + (occurrences.Count > 1 ? $" ({occurrences.Count} occurrences failed; nothing was booked.)" : ""),
            statusCode: StatusCodes.Status422UnprocessableEntity, type: Problems.BookingRule, extensions: extensions);
    }

    private static OccurrenceFailureView View(OccurrenceFailure failure, DateTimeZone zone)
    {
        var conflicts = failure.Clashes.Select(c =>
        {
            var span = SpanView.Of(new Interval(c.Start, c.End), zone);
            return new ClashView(span.Start, span.End, span.StartInstant, span.EndInstant, c.HeldBy);
        }).ToList();
        return new OccurrenceFailureView(LocalClock.Format(failure.Start), LocalClock.Format(failure.End),
            failure.Breaches.Select(b => new RuleView(b.Rule, b.Message)).ToList(), conflicts);
    }
}
