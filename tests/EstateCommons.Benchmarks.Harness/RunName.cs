using System.Security.Cryptography;

namespace EstateCommons.Benchmarks.Harness;

/// <summary>A short random name for one run's trust, site and accounts, so runs against the same server never collide.</summary>
public static class RunName
{
    public static string New() => RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyz23456789", 6);
}
