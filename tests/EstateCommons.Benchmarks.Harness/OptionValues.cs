using System.Globalization;

namespace EstateCommons.Benchmarks.Harness;

/// <summary>Reads the values of command-line options; a value that cannot be used throws <see cref="FormatException"/> saying why.</summary>
public static class OptionValues
{
    /// <summary>
    /// Applies each "--name value" pair of <paramref name="args"/> to <paramref name="defaults"/> with <paramref name="apply"/>,
    /// which throws <see cref="FormatException"/> for an unknown name. Returns null with a message when the arguments cannot
    /// be used, or with an empty message when help was asked for.
    /// </summary>
    public static (T? Options, string? Error) Parse<T>(IReadOnlyList<string> args, T defaults, Func<T, string, string, T> apply) where T : class
    {
        var options = defaults;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help") return (null, "");
            if (i + 1 >= args.Count) return (null, $"{name} needs a value.");
            try
            {
                options = apply(options, name, args[++i]);
            }
            catch (FormatException problem)
            {
                return (null, problem.Message);
            }
        }
        return (options, null);
    }

    public static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new FormatException($"{name} takes a whole number above 0.");

    public static int NonNegative(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new FormatException($"{name} takes a whole number.");

    public static TimeSpan Seconds(string name, string value) => TimeSpan.FromSeconds(Positive(name, value));

    // A benchmark floods whatever it points at, so it only ever points at this machine.
    public static Uri Loopback(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback
            ? new Uri(uri.GetLeftPart(UriPartial.Authority))
            : throw new FormatException("--url must be an http address on this machine, such as http://127.0.0.1:5080.");
}
