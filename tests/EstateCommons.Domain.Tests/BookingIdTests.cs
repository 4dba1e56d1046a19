using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace EstateCommons.Domain.Tests;

/// <summary>A booking id names the space and the monthly calendar page it lives on.</summary>
public sealed class BookingIdTests
{
    [Fact]
    public void New_id_reads_back_as_its_space_and_page()
    {
        var id = BookingId.New(Spaces.Room, new YearMonth(2027, 3));

        Assert.StartsWith("st-marys.room-1.202703.", id);
        Assert.True(BookingId.TryParse(id, out var space, out var page));
        Assert.Equal(Spaces.Room, space);
        Assert.Equal(new YearMonth(2027, 3), page);
    }

    [Fact]
    public void Two_new_ids_for_the_same_page_differ()
    {
        Assert.NotEqual(BookingId.New(Spaces.Room, new YearMonth(2027, 3)), BookingId.New(Spaces.Room, new YearMonth(2027, 3)));
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
    [InlineData("st-marys.room-1.202703")]
    [InlineData("st-marys.room-1.202703.")]
    [InlineData("st-marys.room-1.202703.abc.def")]
    [InlineData("St-Marys.room-1.202703.abc")]
    [InlineData("st-marys..202703.abc")]
    [InlineData("st-marys.room-1.202713.abc")]
    [InlineData("st-marys.room-1.202700.abc")]
    [InlineData("st-marys.room-1.199912.abc")]
    [InlineData("st-marys.room-1.27-03.abc")]
    [InlineData("st-marys.room-1.2027031.abc")]
    [InlineData("st-marys.room-1.202703.abcdefghjkmnpqrstuvwxyz23456789ab")]
    public void Malformed_id_is_not_read_as_a_booking(string? id)
    {
        Assert.False(BookingId.TryParse(id, out _, out _));
    }

    [Theory]
    [InlineData("st-marys.room-1.2027+3.abc")]
    [InlineData("st-marys.room-1.2027 3.abc")]
    public void Id_whose_page_is_not_six_plain_digits_is_not_read_as_a_booking(string id)
    {
        // Otherwise several spellings name the same booking page.
        Assert.False(BookingId.TryParse(id, out _, out _));
    }

    private static readonly Arbitrary<YearMonth> Pages =
        (from year in Gen.Choose(2000, 9999)
         from month in Gen.Choose(1, 12)
         select new YearMonth(year, month)).ToArbitrary();

    private static readonly Gen<string> Word =
        from length in Gen.Choose(1, 6)
        from letters in Gen.ArrayOf(Gen.Elements("abkz0189".ToCharArray()), length)
        select new string(letters);

    private static readonly Arbitrary<string> Slugs =
        (from count in Gen.Choose(1, 3)
         from words in Gen.ArrayOf(Word, count)
         select string.Join("-", words)).ToArbitrary();
}
