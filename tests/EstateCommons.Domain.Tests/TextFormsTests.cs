using EstateCommons.Domain.Estate;

namespace EstateCommons.Domain.Tests;

/// <summary>The text people type for ids, times and postcodes.</summary>
public sealed class TextFormsTests
{
    [Theory]
    [InlineData("st-marys")]
    [InlineData("room-1")]
    [InlineData("a")]
    [InlineData("0123456789abcdefghij0123456789abcdefghij0123456789abcdefghij0123")]
    public void Lower_case_words_joined_by_single_hyphens_make_a_slug(string value)
    {
        Assert.True(Slug.IsValid(value));
        Assert.Null(Slug.Check("id", value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("St-Marys")]
    [InlineData("st--marys")]
    [InlineData("-room")]
    [InlineData("room-")]
    [InlineData("room.1")]
    [InlineData("room/1")]
    [InlineData("room 1")]
    [InlineData("0123456789abcdefghij0123456789abcdefghij0123456789abcdefghij01234")]
    public void Anything_else_is_not_a_slug_and_the_message_shows_one_that_is(string value)
    {
        Assert.False(Slug.IsValid(value));
        Assert.Contains("\"st-marys\"", Slug.Check("id", value)!.Message);
    }

    [Fact]
    public void Slug_with_a_trailing_newline_is_not_a_slug()
    {
        // Slugs become URL segments and grain keys; a .NET regex "$" also matches before a final "\n".
        Assert.False(Slug.IsValid("room-1\n"));
    }

    [Fact]
    public void Postcode_with_a_trailing_newline_is_not_a_postcode()
    {
        Assert.False(UkPostcode.IsValid("SW1A 1AA\n"));
    }

    [Fact]
    public void Twenty_four_hundred_reads_as_the_end_of_the_day()
    {
        Assert.True(LocalClock.TryParseTime("24:00", out var end));

        var window = new LocalWindow(new LocalTime(8, 0), end);
        Assert.True(window.EndsAtEndOfDay);
        Assert.Equal("08:00–24:00", window.ToString());
        Assert.Equal(Duration.FromHours(16), window.On(new LocalDate(2027, 5, 10), Spaces.London).Duration);
    }

    [Theory]
    [InlineData("2027-03-28T00:30", 0)]
    [InlineData("2027-03-28T00:30:45", 45)]
    public void Local_date_and_time_reads_with_or_without_seconds(string text, int seconds)
    {
        Assert.True(LocalClock.TryParseDateTime(text, out var value));

        Assert.Equal(new LocalDateTime(2027, 3, 28, 0, 30, seconds), value);
        Assert.Equal(text, LocalClock.Format(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2027-02-30T10:00")]
    [InlineData("2027-03-28 00:30")]
    [InlineData("28/03/2027 00:30")]
    public void Malformed_local_date_and_time_is_refused(string? text)
    {
        Assert.False(LocalClock.TryParseDateTime(text, out _));
    }

    [Theory]
    [InlineData("24:30")]
    [InlineData("8:00")]
    [InlineData("noon")]
    public void Malformed_time_is_refused(string text)
    {
        Assert.False(LocalClock.TryParseTime(text, out _));
    }

    [Theory]
    [InlineData("sw1a1aa", "SW1A 1AA")]
    [InlineData(" SW1A 1AA ", "SW1A 1AA")]
    [InlineData("m11ae", "M1 1AE")]
    [InlineData("B33 8TH", "B33 8TH")]
    [InlineData("cr26xh", "CR2 6XH")]
    public void Postcode_is_written_in_capitals_with_one_space_before_the_last_three(string typed, string normal)
    {
        Assert.True(UkPostcode.IsValid(typed));
        Assert.Equal(normal, UkPostcode.Normalise(typed));
    }

    [Theory]
    [InlineData("SW1A 1A")]
    [InlineData("12345")]
    [InlineData("SW1A-1AA")]
    [InlineData("")]
    public void Things_that_are_not_postcodes_are_refused(string typed)
    {
        Assert.False(UkPostcode.IsValid(typed));
    }
}
