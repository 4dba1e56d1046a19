using System.Text;

namespace EstateCommons.Storage.Tests;

public sealed class FileNameEncoderTests
{
    [Theory]
    [InlineData("room-1_a", "room-1_a")]
    [InlineData("st-marys/room-1", "st-marys%2Froom-1")]
    [InlineData("Room", "%52oom")]
    [InlineData("..", "%2E%2E")]
    [InlineData("a:b", "a%3Ab")]
    [InlineData("", "%")]
    [InlineData("café", "caf%C3%A9")]
    public void Segments_are_percent_encoded_outside_lower_case_letters_digits_dash_and_underscore(string value, string encoded)
    {
        Assert.Equal(encoded, FileNameEncoder.Encode(value));
    }

    [Theory]
    [InlineData("st-marys/room-1")]
    [InlineData("St Mary's % 100")]
    [InlineData("")]
    [InlineData("%")]
    [InlineData("a\\b\0c")]
    [InlineData("ключ/🔑")]
    public void Encoding_is_reversible(string value)
    {
        Assert.Equal(value, FileNameEncoder.Decode(FileNameEncoder.Encode(value)));
    }

    [Fact]
    public void Values_too_long_for_a_file_name_are_hashed_and_stay_distinct()
    {
        var first = FileNameEncoder.Encode(new string('a', 300) + "1");
        var second = FileNameEncoder.Encode(new string('a', 300) + "2");

        Assert.NotEqual(first, second);
        Assert.Contains('~', first);
        Assert.True(Encoding.UTF8.GetByteCount(first) <= FileNameEncoder.MaxSegmentLength);
    }

    [Fact]
    public void Values_just_within_the_limit_are_not_hashed()
    {
        var value = new string('a', FileNameEncoder.MaxSegmentLength);

        Assert.Equal(value, FileNameEncoder.Encode(value));
    }
}
