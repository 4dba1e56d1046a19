using EstateCommons.Domain.Estate;
using EstateCommons.Domain.Markets;
using EstateCommons.Domain.Spaces;

namespace EstateCommons.Server.WhatsOn;

/// <summary>
/// What is on at a site between two local dates (both included): its market days and the sessions of the charity
/// services licensed to its spaces. It holds only what anyone may see: no seller ids, addresses or paperwork, no
/// members' emails, bookings or charity numbers.
/// </summary>
public sealed record WhatsOnSchedule(Site Site, LocalDate First, LocalDate Last, IReadOnlyList<MarketDayOn> MarketDays, IReadOnlyList<ServiceSession> Services);

/// <summary>One day a market trades: where and when, who has confirmed a pitch, and every pitch with its trader, if any.</summary>
public sealed record MarketDayOn(
    MarketRef Market, LocalDate Date, string Name, string Location, string PublicDescription, Interval Opening,
    IReadOnlyList<TraderOn> Traders, IReadOnlyList<PitchOn> Pitches);

/// <summary>A business trading on a market day, as the public sees it: its name, what it sells that day, its description and its pitches.</summary>
public sealed record TraderOn(string BusinessName, IReadOnlyList<string> Categories, string PublicDescription, IReadOnlyList<string> PitchIds);

/// <summary>A pitch on the day: free when no seller holds or has been offered it; <see cref="Trader"/> once a seller has confirmed it.</summary>
public sealed record PitchOn(Pitch Pitch, bool Free, TraderOn? Trader);

/// <summary>A charity service in a space for one session of its licence.</summary>
public sealed record ServiceSession(
    SpaceRef Space, string SpaceName, string LicenceId, string OrganisationName, string PublicDescription, LocalDate Date, Interval Hours);
