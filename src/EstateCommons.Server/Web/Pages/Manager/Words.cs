using System.Text;

namespace EstateCommons.Server.Web.Pages.Manager;

/// <summary>The API's camelCase status and reason names ("awaitingPayment") as words a page shows ("Awaiting payment").</summary>
public static class Words
{
    public static string Of(string name)
    {
        var words = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0) words.Append(' ');
            words.Append(words.Length == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
        }
        // Initialisms stay capitals: "nhsTeam" is an NHS team, not an "Nhs team".
        return words.ToString().Replace("Nhs ", "NHS ", StringComparison.Ordinal).Replace(" nhs ", " NHS ", StringComparison.Ordinal)
            .Replace("Vcse", "VCSE", StringComparison.Ordinal).Replace(" vcse", " VCSE", StringComparison.Ordinal);
    }

    /// <summary>A market day's stage, as the API names it, for its managers.</summary>
    public static string Stage(string stage) => stage switch
    {
        "applicationsOpen" => "Taking applications",
        "allocating" => "Applications closed, pitches not allocated yet",
        "allocated" => "Pitches allocated",
        "trading" => "Trading now",
        "over" => "Over",
        _ => Of(stage),
    };
}
