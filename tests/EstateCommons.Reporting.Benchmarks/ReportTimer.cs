using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace EstateCommons.Reporting.Benchmarks;

/// <summary>One report timed: its first (cold) answer, then the warm ones one after another, and its first full answer.</summary>
public sealed record ReportTiming(string Name, string Path, double ColdMs, int ColdStatus, LatencySummary Warm, long Bytes, JsonDocument? Body, IReadOnlyList<(int Status, string What)> Unexpected);

/// <summary>
/// Asks for a report as a platform admin would, one request at a time: the first answer (from roll-ups not yet in
/// memory), a few untimed to warm up, then the timed ones. Latency includes reading the whole body.
/// </summary>
public sealed class ReportTimer(HttpClient http, string token, CancellationToken cancellation)
{
    public async Task<ReportTiming> Time(string name, string path, int warmUp, int requests)
    {
        var unexpected = new UnexpectedAnswers();
        byte[]? answer = null;
        async Task<int> Ask()
        {
            var (status, body) = await Get(path, unexpected);
            if (status == 200) answer ??= body;
            return status;
        }
        var started = Stopwatch.GetTimestamp();
        var coldStatus = await Ask();
        var coldMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        for (var i = 0; i < warmUp; i++) await Ask();
        var warm = await ClosedLoop.Run(1, TimeSpan.FromHours(1), requests, async (_, _) =>
        {
            var status = await Ask();
            return new Answer(status, status == 200);
        }, cancellation);
        return new ReportTiming(name, path, coldMs, coldStatus, warm, answer?.Length ?? 0, answer is null ? null : JsonDocument.Parse(answer), unexpected.Samples());
    }

    private async Task<(int Status, byte[] Body)> Get(string path, UnexpectedAnswers unexpected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellation);
        var body = await response.Content.ReadAsByteArrayAsync(cancellation);
        var status = (int)response.StatusCode;
        if (status != 200) unexpected.Add(status, $"GET {path}: {System.Text.Encoding.UTF8.GetString(body)}");
        return (status, body);
    }
}
