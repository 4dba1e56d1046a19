using System.Net.Http.Headers;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace EstateCommons.Benchmarks;

/// <summary>
/// One member of the community group booking its own hours one after another. Every twentieth request asks again
/// for the hour it last secured, which must be refused as a conflict: the server's single-writer guarantee under load.
/// </summary>
public sealed class BookingClient(HttpClient http, BenchmarkEstate estate, string token, ClientSlots slots)
{
    private const int ConflictEvery = 20;
    private static readonly LocalDateTimePattern Minutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly AuthenticationHeaderValue _authorization = new("Bearer", token);
    private Slot? _lastConfirmed;
    private long _sent;
    private UnexpectedAnswers _unexpected = new();

    public BookingTally Tally { get; private set; } = new();

    public void StartPhase(UnexpectedAnswers unexpected)
    {
        Tally = new BookingTally();
        _unexpected = unexpected;
    }

    public async Task<Answer?> BookNext(CancellationToken cancellation)
    {
        var deliberateConflict = ++_sent % ConflictEvery == ConflictEvery / 2 && _lastConfirmed is not null;
        if ((deliberateConflict ? _lastConfirmed : slots.NextFree()) is not { } slot) return null;

        var body = JsonSerializer.SerializeToUtf8Bytes(
            new CreateBookingRequest(estate.SiteId, slot.SpaceId, estate.OrganisationId, Minutes.Format(slot.Start), Minutes.Format(slot.End), 4, "Benchmark booking"),
            ApiJson.Default.CreateBookingRequest);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/bookings") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = Json;
        request.Headers.Authorization = _authorization;
        try
        {
            using var response = await http.SendAsync(request, cancellation);
            var status = (int)response.StatusCode;
            if (deliberateConflict) Tally.ConflictsSent++;
            if (status == 201 && !deliberateConflict)
            {
                _lastConfirmed = slot;
                return new Answer(status, Success: true);
            }
            if (status == 409 && deliberateConflict)
            {
                Tally.ConflictsRefused++;
                return new Answer(status, Success: false);
            }
            var text = await response.Content.ReadAsStringAsync(cancellation);
            var what = deliberateConflict ? "an hour already booked" : "a free hour";
            if (status == 201) Tally.DoubleBookings++;
            if (status == 409) Tally.UnexpectedConflicts++;
            _unexpected.Add(status, $"{what} {slot.SpaceId} {Minutes.Format(slot.Start)}: {text}");
            return new Answer(status, Success: false);
        }
        catch (HttpRequestException e)
        {
            _unexpected.Add(0, $"POST /api/bookings got no answer: {e.Message}");
            return new Answer(0, false);
        }
        catch (TaskCanceledException e) when (!cancellation.IsCancellationRequested)
        {
            _unexpected.Add(0, $"POST /api/bookings timed out: {e.Message}");
            return new Answer(0, false);
        }
    }
}

/// <summary>What one client saw of conflicts in one phase.</summary>
public sealed class BookingTally
{
    public int ConflictsSent { get; set; }
    public int ConflictsRefused { get; set; }

    /// <summary>409s for hours nobody else could have asked for.</summary>
    public int UnexpectedConflicts { get; set; }

    /// <summary>201s for hours this client already held: the server booked the same time twice.</summary>
    public int DoubleBookings { get; set; }
}
