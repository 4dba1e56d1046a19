using System.Text;
using EstateCommons.Domain.Sellers;
using EstateCommons.Storage.Documents;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace EstateCommons.Server.Api;

/// <summary>
/// Reads a document upload (multipart/form-data) as it arrives: the <c>kind</c> field, then the <c>file</c>, whose bytes
/// are handed on unread so they stream into the document store instead of being buffered first.
/// Broken multipart framing surfaces as a <see cref="BadHttpRequestException"/>, which the error handler answers with 400,
/// whenever it is noticed — even halfway through the file, while the store is reading it.
/// </summary>
public static class DocumentUploadReader
{
    private const string Shape = "Send multipart/form-data with the field \"kind\" and then the field \"file\".";

    // Longer than any kind's name; a longer value is read no further and refused.
    private const int MaxKindBytes = 64;

    public static async Task<(SellerDocumentKind Kind, DocumentUpload? Upload, ProblemHttpResult? Problem)> Read(HttpRequest request, string owner, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary) is not { Length: > 0 and <= 70 } boundary)
        {
            return (default, null, Problems.Invalid("file", Shape));
        }

        var reader = new MultipartReader(boundary.Value!, request.Body);
        SellerDocumentKind? kind = null;
        while (await NextSection(reader, cancellationToken) is { } section)
        {
            if (section.AsFileSection() is { Name: "file" } file)
            {
                return kind is { } known
                    ? (known, new DocumentUpload(owner, known.ToString(), file.FileName, section.ContentType ?? "", new FramedBody(section.Body)), null)
                    : (default, null, Problems.Invalid("kind", "Send the field \"kind\" before the file, so the file can stream straight to storage."));
            }
            if (section.AsFormDataSection() is { Name: "kind" })
            {
                var text = await ReadShortText(new FramedBody(section.Body), cancellationToken);
                if (!Enum.TryParse<SellerDocumentKind>(text.Trim(), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                {
                    return (default, null, Problems.Invalid("kind", $"Kind must be one of {string.Join(", ", Enum.GetNames<SellerDocumentKind>())}."));
                }
                kind = parsed;
            }
        }
        return (default, null, Problems.Invalid("file", "Attach the document as the field \"file\". " + Shape));
    }

    private static async Task<MultipartSection?> NextSection(MultipartReader reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadNextSectionAsync(cancellationToken);
        }
        catch (Exception broken) when (FramedBody.IsBrokenFraming(broken))
        {
            throw FramedBody.Unreadable(broken);
        }
    }

    private static async Task<string> ReadShortText(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxKindBytes + 1];
        var read = await body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        return read > MaxKindBytes ? "" : Encoding.UTF8.GetString(buffer, 0, read);
    }

    // A multipart section's body. The multipart reader reports a body cut off before its closing boundary as an
    // IOException, which a store could not tell from a failing disk; this says it is the request's fault.
    private sealed class FramedBody(Stream section) : Stream
    {
        public static bool IsBrokenFraming(Exception exception) =>
            exception is InvalidDataException or IOException and not BadHttpRequestException;

        public static BadHttpRequestException Unreadable(Exception broken) =>
            new($"The upload is not well-formed multipart/form-data: {broken.Message}", StatusCodes.Status400BadRequest, broken);

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            try
            {
                return section.Read(buffer, offset, count);
            }
            catch (Exception broken) when (IsBrokenFraming(broken))
            {
                throw Unreadable(broken);
            }
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            try
            {
                return await section.ReadAsync(buffer, cancellationToken);
            }
            catch (Exception broken) when (IsBrokenFraming(broken))
            {
                throw Unreadable(broken);
            }
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
