using EstateCommons.Domain.Bookings;
using EstateCommons.Domain.Calendar;
using EstateCommons.Domain.Organisations;
using EstateCommons.Server.Api.Contracts;

namespace EstateCommons.Server.Api;

/// <summary>
/// Reads the shape of a booking request. Whether the times suit the space (clock changes, opening hours,
/// length, notice) is the domain's call, made in the space's grain; this only checks the request is well formed.
/// </summary>
public static class BookingRequestReader
{
    public static BookingRequest? Read(CreateBookingRequest body, List<FieldError> errors)
    {
        if (Slug.Check("siteId", body.SiteId) is { } siteError) errors.Add(siteError);
        if (Slug.Check("spaceId", body.SpaceId) is { } spaceError) errors.Add(spaceError);
        if (string.IsNullOrWhiteSpace(body.OrganisationId)) errors.Add(new FieldError("organisationId", "Say which organisation is booking."));
        if (!LocalClock.TryParseDateTime(body.Start, out var start)) errors.Add(new FieldError("start", "Give start as a local date-time such as 2027-03-01T09:00."));
        if (!LocalClock.TryParseDateTime(body.End, out var end)) errors.Add(new FieldError("end", "Give end as a local date-time such as 2027-03-01T11:00."));
        if (body.Attendees is null or < 1) errors.Add(new FieldError("attendees", "Give the number of people coming (at least 1)."));
        if (string.IsNullOrWhiteSpace(body.Purpose) || body.Purpose.Length > 500) errors.Add(new FieldError("purpose", "Say what the booking is for (up to 500 characters)."));
        var recurrence = ReadRecurrence(body.Recurrence, start.Date, errors);
        if (errors.Count > 0) return null;
        // Organisation kind and who booked are filled in by the endpoint from the organisation and the caller.
        return new BookingRequest(body.OrganisationId!, OrganisationKind.Commercial, "", start, end, body.Attendees!.Value, body.Purpose!.Trim(), recurrence);
    }

    private static Recurrence? ReadRecurrence(RecurrenceDto? dto, LocalDate firstDate, List<FieldError> errors)
    {
        if (dto is null) return null;
        if (!Enum.TryParse<RecurrenceFrequency>(dto.Frequency, ignoreCase: true, out var frequency) || !Enum.IsDefined(frequency))
        {
            errors.Add(new FieldError("recurrence.frequency", "Frequency is weekly or fortnightly."));
            return null;
        }
        LocalDate? until = null;
        if (dto.Until is not null)
        {
            if (!LocalClock.TryParseDate(dto.Until, out var date))
            {
                errors.Add(new FieldError("recurrence.until", "until is a local date such as 2027-07-20."));
                return null;
            }
            until = date;
        }
        var recurrence = new Recurrence(frequency, dto.Count, until);
        var problems = recurrence.Validate(firstDate).ToList();
        errors.AddRange(problems);
        return problems.Count > 0 ? null : recurrence;
    }
}
