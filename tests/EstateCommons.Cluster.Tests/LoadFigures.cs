namespace EstateCommons.Cluster.Tests;

/// <summary>What a run under load with one silo killed came to, as the test prints it.</summary>
public sealed record LoadFigures(
    int Requests,
    int Sent,
    int Acknowledged,
    int Refused,
    int Lost,
    int LostAfterKill,
    TimeSpan FirstSuccessAfterKill,
    TimeSpan AllSucceedingAfterKill,
    int Victim)
{
    public static LoadFigures Of(BookingLoad load, TimeSpan killedAt, int victim)
    {
        var attempts = load.Attempts.ToList();
        var firstSuccess = attempts.Where(a => a.Answered && a.Silo != victim && a.Started >= killedAt).Select(a => a.Ended).DefaultIfEmpty(TimeSpan.MaxValue).Min();
        var lastLoss = attempts.Where(a => !a.Answered && a.Ended >= killedAt).Select(a => a.Ended).DefaultIfEmpty(killedAt).Max();
        return new LoadFigures(
            load.Requests,
            attempts.Count,
            attempts.Count(a => a.Status == HttpStatusCode.Created),
            attempts.Count(a => a.Status == HttpStatusCode.Conflict),
            attempts.Count(a => !a.Answered),
            attempts.Count(a => !a.Answered && a.Ended >= killedAt),
            firstSuccess == TimeSpan.MaxValue ? TimeSpan.MaxValue : firstSuccess - killedAt,
            lastLoss - killedAt,
            victim);
    }

    public override string ToString() =>
        $"Kill-a-silo: silo {Victim + 1} of 3 killed (SIGKILL) mid-load. Bookings requested: {Requests}; requests sent (with retries): {Sent}; acknowledged (201): {Acknowledged}; " +
        $"refused as clashes (409): {Refused}; lost (no answer or 5xx, retried on another silo): {Lost} ({LostAfterKill} after the kill). " +
        $"Kill to first success on the remaining silos: {Seconds(FirstSuccessAfterKill)}; kill to every request succeeding: {Seconds(AllSucceedingAfterKill)}.";

    private static string Seconds(TimeSpan span) => span == TimeSpan.MaxValue ? "never" : $"{span.TotalSeconds:0.0} s";
}
