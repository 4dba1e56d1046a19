namespace EstateCommons.Storage;

// Serialises check-and-write per record within this process. A fixed set of stripes bounds memory no
// matter how many records exist; two records sharing a stripe merely wait for each other briefly.
internal sealed class StripedLock
{
    private readonly SemaphoreSlim[] _stripes;

    public StripedLock(int stripeCount)
    {
        _stripes = new SemaphoreSlim[stripeCount];
        for (var i = 0; i < stripeCount; i++) _stripes[i] = new SemaphoreSlim(1, 1);
    }

    public async ValueTask<Releaser> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        var stripe = _stripes[(uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_stripes.Length];
        await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(stripe);
    }

    public readonly struct Releaser(SemaphoreSlim stripe) : IDisposable
    {
        public void Dispose() => stripe.Release();
    }
}
