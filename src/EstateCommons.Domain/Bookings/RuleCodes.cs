namespace EstateCommons.Domain.Bookings;

/// <summary>Stable codes for broken booking rules; they appear in API errors and must not be renamed.</summary>
public static class RuleCodes
{
    public const string LocalTimeDoesNotExist = "local-time-does-not-exist";
    public const string EndNotAfterStart = "end-not-after-start";
    public const string TooShort = "too-short";
    public const string TooLong = "too-long";
    public const string OffSlot = "off-slot";
    public const string OverCapacity = "over-capacity";
    public const string TooLittleNotice = "too-little-notice";
    public const string TooFarAhead = "too-far-ahead";
    public const string Closed = "closed";
    public const string OutsideOpeningHours = "outside-opening-hours";
}
