using EstateCommons.Storage.Documents;
using static EstateCommons.Storage.Tests.Documents.TestUploads;

namespace EstateCommons.Storage.Tests.Documents;

public sealed class DocumentPolicyTests
{
    [Fact]
    public void A_policy_cannot_allow_a_type_whose_bytes_it_cannot_check()
    {
        Assert.Throws<ArgumentException>(() => new DocumentPolicy { AllowedContentTypes = ["application/pdf", "text/plain"] });
    }

    [Fact]
    public void A_pdf_only_policy_refuses_images_and_says_what_it_wants()
    {
        var policy = new DocumentPolicy { AllowedContentTypes = ["application/pdf"] };

        var refusal = Assert.Throws<DocumentRefusedException>(() => policy.AcceptDeclaredType("image/png"));

        Assert.Equal(DocumentRefusedException.UnsupportedType, refusal.Reason);
        Assert.StartsWith("Documents must be a PDF file", refusal.Message);
    }

    [Fact]
    public async Task Nothing_reaches_the_destination_when_the_signature_is_wrong()
    {
        using var destination = new MemoryStream();

        await Assert.ThrowsAsync<DocumentRefusedException>(
            () => DocumentPolicy.Default.CopyChecked(new MemoryStream(Png(100)), "application/pdf", destination, CancellationToken.None));

        Assert.Equal(0, destination.Length);
    }

    [Fact]
    public void An_upload_needs_an_owner_and_a_kind()
    {
        Assert.Throws<ArgumentException>(() => new DocumentUpload(" ", "insurance-certificate", "a.pdf", "application/pdf", new MemoryStream()));
        Assert.Throws<ArgumentException>(() => new DocumentUpload("seller/abc", "", "a.pdf", "application/pdf", new MemoryStream()));
    }

    [Fact]
    public void A_very_long_file_name_is_shortened_but_keeps_its_extension()
    {
        var shown = DocumentFileName.ForDisplay(new string('a', 195) + "\U0001F600" + new string('b', 300) + ".pdf");

        Assert.True(shown.Length <= DocumentFileName.MaxLength);
        Assert.Equal(new string('a', 195) + ".pdf", shown);
    }
}
