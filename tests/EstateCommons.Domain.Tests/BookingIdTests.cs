using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EstateCommons.Domain.Tests;

/// <summary>A booking id names the space and the daily calendar page it lives on.</summary>
public sealed class BookingIdTests
{
    [Fact]
    public void New_id_reads_back_as_its_space_and_page()
    {
        var id = BookingId.New(Spaces.Room, new LocalDate(2027, 3, 28));

        Assert.StartsWith("st-marys.room-1.20270328.", id);
        Assert.True(BookingId.TryParse(id, out var space, out var page));
        Assert.Equal(Spaces.Room, space);
        Assert.Equal(new LocalDate(2027, 3, 28), page);
    }

    [Fact]
    public void Two_new_ids_for_the_same_page_differ()
    {
        Assert.NotEqual(BookingId.New(Spaces.Room, new LocalDate(2027, 3, 28)), BookingId.New(Spaces.Room, new LocalDate(2027, 3, 28)));
    }

    [Property]
    public Property Any_space_and_page_survive_the_round_trip() =>
        Prop.ForAll(Slugs, Slugs, Pages, (site, spaceId, page) =>
        {
            var id = BookingId.New(new SpaceRef(site, spaceId), page);

            Assert.True(BookingId.TryParse(id, out var parsedSpace, out var parsedPage));
            Assert.Equal(new SpaceRef(site, spaceId), parsedSpace);
            Assert.Equal(page, parsedPage);
        });

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("st-marys.room-1.20270328")]
    [InlineData("st-marys.room-1.20270328.")]
    [InlineData("st-marys.room-1.20270328.abc.def")]
    [InlineData("St-Marys.room-1.20270328.abc")]
    [InlineData("st-marys..20270328.abc")]
    [InlineData("st-marys.room-1.20271301.abc")]
    [InlineData("st-marys.room-1.20270230.abc")]
    [InlineData("st-marys.room-1.20270300.abc")]
    [InlineData("st-marys.room-1.19991231.abc")]
    [InlineData("st-marys.room-1.2027-03-28.abc")]
    [InlineData("st-marys.room-1.202703.abc")]
    [InlineData("st-marys.room-1.20270328.abcdefghjkmnpqrstuvwxyz23456789ab")]
    public void Malformed_id_is_not_read_as_a_booking(string? id)
    {
        Assert.False(BookingId.TryParse(id, out _, out _));
    }

    [Theory]
    [InlineData("st-marys.room-1.2027+328.abc")]
    [InlineData("st-marys.room-1.2027 328.abc")]
    public void Id_whose_page_is_not_eight_plain_digits_is_not_read_as_a_booking(string id)
    {
        // Otherwise several spellings name the same booking page.
        Assert.False(BookingId.TryParse(id, out _, out _));
    }

    private static readonly Arbitrary<LocalDate> Pages =
        (from year in Gen.Choose(2000, 9999)
         from dayOfYear in Gen.Choose(1, 365)
         select new LocalDate(year, 1, 1).PlusDays(dayOfYear - 1)).ToArbitrary();

    private static readonly Gen<string> Word =
        from length in Gen.Choose(1, 6)
        from letters in Gen.ArrayOf(Gen.Elements("abkz0189".ToCharArray()), length)
        select new string(letters);

    private static readonly Arbitrary<string> Slugs =
        (from count in Gen.Choose(1, 3)
         from words in Gen.ArrayOf(Word, count)
         select string.Join("-", words)).ToArbitrary();
}
