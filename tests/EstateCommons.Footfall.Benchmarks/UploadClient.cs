using System.Net.Http.Headers;
using System.Text.Json;
using NodaTime;

namespace EstateCommons.Footfall.Benchmarks;

/// <summary>What one client saw of its uploads in one phase.</summary>
public sealed class UploadTally
{
    /// <summary>Days uploaded for the first time and acknowledged as recorded, and their readings.</summary>
    public int Batches { get; set; }
    public long Readings { get; set; }

    /// <summary>Uploads of a day already acknowledged, sent again on purpose.</summary>
    public int Resends { get; set; }
    public int ResendsRecognised { get; set; }

    /// <summary>Re-sends the server took for new batches: it would have counted them again.</summary>
    public int ResendsRecorded { get; set; }
}

/// <summary>
/// The uploads of a few counters, taken in turn: each counter uploads its days one after another, from yesterday
/// backwards, as a counter catching up after weeks offline would. Every so often a day already acknowledged is sent
/// again, which must be answered as a repeat. An upload without a 200 is sent again before anything else, as a
/// counter retries, so every day's figures end up acknowledged exactly once.
/// </summary>
public sealed class UploadClient(HttpClient http, IReadOnlyList<Counter> counters, FootfallMarket market, int resendEvery)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly int[] _daysUploaded = new int[counters.Count];
    private readonly Dictionary<LocalDate, long> _acknowledged = [];
    private int _turn;
    private long _sent;
    private (int Counter, LocalDate Day)? _unacknowledged;
    private UnexpectedAnswers _unexpected = new();

    public UploadTally Tally { get; private set; } = new();

    /// <summary>Visitors in every upload the server acknowledged as recorded, by market day.</summary>
    public IReadOnlyDictionary<LocalDate, long> Acknowledged => _acknowledged;

    public bool AllAcknowledged => _unacknowledged is null;

    public void StartPhase(UnexpectedAnswers unexpected)
    {
        Tally = new UploadTally();
        _unexpected = unexpected;
    }

    public async Task<Answer?> UploadNext(CancellationToken cancellation)
    {
        if (_unacknowledged is { } retry) return await Upload(retry.Counter, retry.Day, resend: false, cancellation);
        var counter = _turn++ % counters.Count;
        if (++_sent % resendEvery == 0 && _daysUploaded[counter] > 0)
        {
            return await Upload(counter, DayOf(counter, Random.Shared.Next(_daysUploaded[counter])), resend: true, cancellation);
        }
        var day = DayOf(counter, _daysUploaded[counter]);
        return day < market.FirstDay ? null : await Upload(counter, day, resend: false, cancellation);
    }

    private LocalDate DayOf(int counter, int uploadsBefore) => market.LastDay.PlusDays(-uploadsBefore);

    private async Task<Answer> Upload(int counter, LocalDate day, bool resend, CancellationToken cancellation)
    {
        var (body, visitors) = DayUpload.For(counters[counter], day, market.Zone);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/footfall/batches") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = Json;
        request.Headers.Authorization = new AuthenticationHeaderValue("Counter", counters[counter].Token);
        try
        {
            using var response = await http.SendAsync(request, cancellation);
            var status = (int)response.StatusCode;
            if (status != 200)
            {
                _unexpected.Add(status, $"{counters[counter].Id} {day}: {await response.Content.ReadAsStringAsync(cancellation)}");
                return Unanswered(counter, day, resend, status);
            }
            var answer = await JsonSerializer.DeserializeAsync(await response.Content.ReadAsStreamAsync(cancellation), FootfallJson.Default.FootfallBatchAccepted, cancellation);
            return Acknowledge(counter, day, visitors, resend, answer!);
        }
        catch (HttpRequestException e)
        {
            _unexpected.Add(0, $"POST /api/footfall/batches got no answer: {e.Message}");
            return Unanswered(counter, day, resend, 0);
        }
        catch (TaskCanceledException e) when (!cancellation.IsCancellationRequested)
        {
            _unexpected.Add(0, $"POST /api/footfall/batches timed out: {e.Message}");
            return Unanswered(counter, day, resend, 0);
        }
    }

    private Answer Acknowledge(int counter, LocalDate day, long visitors, bool resend, FootfallBatchAccepted answer)
    {
        if (resend)
        {
            Tally.Resends++;
            if (answer.Repeat && answer.Recorded == 0) Tally.ResendsRecognised++;
            else Tally.ResendsRecorded++;
            return new Answer(200, Success: false);
        }
        // A retry answered as a repeat means the earlier attempt was stored after all: acknowledged now.
        var retried = _unacknowledged is not null;
        if (answer.Repeat && !retried) _unexpected.Add(200, $"{counters[counter].Id} {day}: a first upload was answered as a repeat");
        if (!answer.Repeat && answer.Recorded != FootfallSetup.MinutesOpen) _unexpected.Add(200, $"{counters[counter].Id} {day}: {answer.Recorded} readings recorded of {FootfallSetup.MinutesOpen}");
        _unacknowledged = null;
        _daysUploaded[counter]++;
        _acknowledged[day] = _acknowledged.GetValueOrDefault(day) + visitors;
        Tally.Batches++;
        Tally.Readings += FootfallSetup.MinutesOpen;
        return new Answer(200, Success: true);
    }

    private Answer Unanswered(int counter, LocalDate day, bool resend, int status)
    {
        if (!resend) _unacknowledged = (counter, day);
        return new Answer(status, Success: false);
    }
}
