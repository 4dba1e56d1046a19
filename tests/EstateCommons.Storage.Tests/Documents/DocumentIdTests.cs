using System.Text.Json;
using EstateCommons.Storage.Documents;

namespace EstateCommons.Storage.Tests.Documents;

public sealed class DocumentIdTests
{
    public static TheoryData<string> NotIds =>
    [
        "",
        "../x",
        "a/b",
        "..",
        "0123456789abcdef0123456789abcde/",
        "../../../../../../../../../etc/p",
        "0123456789ABCDEF0123456789ABCDEF",
        "0123456789abcdef0123456789abcde",
        "0123456789abcdef0123456789abcdef0",
        "0123456789abcdef0123456789abcdeg",
        "0123456789abcdef0123456789abcd\0f",
        new string('a', 100_000),
    ];

    [Theory]
    [MemberData(nameof(NotIds))]
    public void Text_that_is_not_exactly_an_issued_id_is_not_an_id(string text)
    {
        Assert.False(DocumentId.TryParse(text, out _));
        Assert.Throws<FormatException>(() => DocumentId.Parse(text));
    }

    [Fact]
    public void A_new_id_is_128_random_bits_in_url_safe_hex_that_parses_back_to_itself()
    {
        var id = DocumentId.New();

        Assert.Matches("^[0-9a-f]{32}$", id.ToString());
        Assert.Equal(id, DocumentId.Parse(id.ToString()));
        Assert.Equal(id.ToString(), Uri.EscapeDataString(id.ToString()));
    }

    [Fact]
    public void Ids_do_not_repeat()
    {
        var ids = Enumerable.Range(0, 10_000).Select(_ => DocumentId.New()).ToHashSet();

        Assert.Equal(10_000, ids.Count);
    }

    [Fact]
    public void An_id_is_a_json_string()
    {
        var id = DocumentId.New();

        Assert.Equal($"\"{id}\"", JsonSerializer.Serialize(id));
        Assert.Equal(id, JsonSerializer.Deserialize<DocumentId>($"\"{id}\""));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DocumentId>("\"../x\""));
    }
}
