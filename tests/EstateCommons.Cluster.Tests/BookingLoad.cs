using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;

namespace EstateCommons.Cluster.Tests;

/// <summary>
/// Concurrent clients booking numbered slots (bookingFor says what each is) through every silo, each asked for twice so that
/// half the requests clash. A request that gets no answer (or a server error) may or may not have booked: it is
/// counted as lost and sent again to another silo. A silo that refuses connections is left out from then on, as a
/// load balancer would.
/// </summary>
public sealed class BookingLoad(IReadOnlyList<HttpClient> silos, Func<int, object> bookingFor)
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan PauseBeforeRetry = TimeSpan.FromMilliseconds(200);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly bool[] _down = new bool[silos.Count];
    private readonly ConcurrentBag<Acknowledged> _acknowledged = [];
    private readonly ConcurrentBag<Attempt> _attempts = [];
    private int _nextRequest = -1;
    private int _requests;
    private long _lastLossTicks = -1;

    public TimeSpan Now => _clock.Elapsed;

    public IReadOnlyCollection<Acknowledged> AcknowledgedBookings => _acknowledged;

    public IReadOnlyCollection<Attempt> Attempts => _attempts;

    /// <summary>Bookings asked for, each sent once or, when its answer was lost, again to another silo.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>When the latest request without an answer ended, if any has.</summary>
    public TimeSpan? LastLoss => Interlocked.Read(ref _lastLossTicks) is var ticks and >= 0 ? TimeSpan.FromTicks(ticks) : null;

    public async Task Run(int clients, Func<bool> keepGoing)
    {
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            for (var request = 0; keepGoing(); request++)
            {
                await Book(Interlocked.Increment(ref _nextRequest) / 2, client + request, keepGoing);
                await Task.Delay(Pause);
            }
        })));
    }

    private async Task Book(int slot, int firstSilo, Func<bool> keepGoing)
    {
        Interlocked.Increment(ref _requests);
        for (var turn = firstSilo; keepGoing(); turn++)
        {
            var silo = turn % silos.Count;
            if (_down[silo]) continue;
            var started = Now;
            try
            {
                using var response = await silos[silo].PostAsJsonAsync("/api/bookings", bookingFor(slot));
                Record(new Attempt(silo, started, Now, response.StatusCode));
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    var booking = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("bookings")[0];
                    _acknowledged.Add(new Acknowledged(booking.GetProperty("id").GetString()!, slot));
                }
                if ((int)response.StatusCode < 500) return;
            }
            catch (HttpRequestException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
            {
                // Nothing was sent: the silo is gone, and the next one can be asked at once.
                _down[silo] = true;
                continue;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                Record(new Attempt(silo, started, Now, null));
            }
            await Task.Delay(PauseBeforeRetry);
        }
    }

    private void Record(Attempt attempt)
    {
        _attempts.Add(attempt);
        if (!attempt.Answered) Interlocked.Exchange(ref _lastLossTicks, attempt.Ended.Ticks);
    }
}

/// <summary>A booking the cluster answered 201 for.</summary>
public sealed record Acknowledged(string Id, int Slot);

/// <summary>One request sent to one silo: its answer's status, or none when the answer was lost.</summary>
public sealed record Attempt(int Silo, TimeSpan Started, TimeSpan Ended, HttpStatusCode? Status)
{
    /// <summary>Decided, either way: booked, or refused as a clash. A server error or no answer leaves it unknown.</summary>
    public bool Answered => Status is { } status && (int)status < 500;
}
