using System.Text.Json.Nodes;
using Microsoft.Extensions.Primitives;

namespace EstateCommons.StripeFake;

/// <summary>
/// Request parameters in Stripe's form encoding: nested values as bracketed keys (<c>metadata[paymentId]</c>,
/// <c>line_items[0][price_data][unit_amount]</c>) and lists indexed (<c>expand[0]</c>) or appended (<c>expand[]</c>).
/// </summary>
internal sealed class StripeForm
{
    private readonly List<KeyValuePair<string, string>> pairs = [];

    private StripeForm()
    {
    }

    public static StripeForm Parse(IEnumerable<KeyValuePair<string, StringValues>> raw)
    {
        var form = new StripeForm();
        var appended = new Dictionary<string, int>();
        foreach (var (key, values) in raw)
        {
            foreach (var value in values)
            {
                form.pairs.Add(new(Indexed(key, appended), value ?? ""));
            }
        }
        return form;
    }

    /// <summary>Every parameter as sent, by its full key (the last value where a key came twice, as Stripe reads it).</summary>
    public IReadOnlyDictionary<string, string> Values =>
        pairs.GroupBy(pair => pair.Key).ToDictionary(group => group.Key, group => group.Last().Value);

    public string? this[string key] => pairs.LastOrDefault(pair => pair.Key == key).Value;

    public bool Has(string name) => pairs.Any(pair => pair.Key == name || pair.Key.StartsWith(name + "[", StringComparison.Ordinal));

    /// <summary>The same parameters in a stable order, to tell whether two requests asked for the same thing.</summary>
    public string Fingerprint() =>
        string.Join("&", pairs.OrderBy(pair => pair.Key, StringComparer.Ordinal).ThenBy(pair => pair.Value, StringComparer.Ordinal)
            .Select(pair => $"{pair.Key}={pair.Value}"));

    /// <summary>The first key that fits none of <paramref name="shapes"/>, where <c>n</c> stands for a list index and <c>*</c> for any map key.</summary>
    public string? UnknownParameter(params string[] shapes)
    {
        var allowed = shapes.Select(Segments).ToList();
        return pairs.Select(pair => pair.Key).FirstOrDefault(key => !allowed.Any(shape => Fits(Segments(key), shape)));
    }

    /// <summary>A map parameter such as <c>metadata</c> as a JSON object; empty when it was not sent.</summary>
    public JsonObject Map(string name)
    {
        var map = new JsonObject();
        var prefix = name + "[";
        foreach (var (key, value) in pairs)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && key.IndexOf('[', prefix.Length) < 0 && key.EndsWith(']'))
            {
                map[key[prefix.Length..^1]] = value;
            }
        }
        return map;
    }

    /// <summary>How many entries a list parameter such as <c>line_items</c> has.</summary>
    public int Count(string name)
    {
        var count = 0;
        while (Has($"{name}[{count}]"))
        {
            count++;
        }
        return count;
    }

    public IReadOnlyList<string> List(string name) =>
        Enumerable.Range(0, Count(name)).Select(index => this[$"{name}[{index}]"] ?? "").ToList();

    public bool TryLong(string key, out long? value)
    {
        value = null;
        if (this[key] is not { } text)
        {
            return true;
        }
        if (long.TryParse(text, out var number))
        {
            value = number;
            return true;
        }
        return false;
    }

    public bool IsTrue(string key) => this[key] == "true";

    // `expand[]=a&expand[]=b` means the same as `expand[0]=a&expand[1]=b`.
    private static string Indexed(string key, Dictionary<string, int> appended)
    {
        var at = key.IndexOf("[]", StringComparison.Ordinal);
        if (at < 0)
        {
            return key;
        }
        var list = key[..at];
        var index = appended.GetValueOrDefault(list);
        appended[list] = index + 1;
        return $"{list}[{index}]{key[(at + 2)..]}";
    }

    private static string[] Segments(string key) =>
        key.Replace("]", "").Split('[').Select(part => part.Length > 0 && part.All(char.IsAsciiDigit) ? "n" : part).ToArray();

    private static bool Fits(string[] key, string[] shape) =>
        key.Length == shape.Length && key.Zip(shape).All(pair => pair.Second == "*" || pair.First == pair.Second);
}
