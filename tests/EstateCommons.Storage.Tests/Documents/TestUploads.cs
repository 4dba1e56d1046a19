using EstateCommons.Storage.Documents;

namespace EstateCommons.Storage.Tests.Documents;

public static class TestUploads
{
    public static readonly byte[] PdfSignature = "%PDF-1.7\n"u8.ToArray();
    public static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF, 0xE0];
    public static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] Pdf(int size, int seed = 1) => WithSignature(PdfSignature, size, seed);

    public static byte[] Png(int size, int seed = 1) => WithSignature(PngSignature, size, seed);

    public static byte[] WithSignature(byte[] signature, int size, int seed = 1)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        signature.AsSpan(0, Math.Min(signature.Length, size)).CopyTo(bytes);
        return bytes;
    }

    public static DocumentUpload Upload(byte[] content, string contentType = "application/pdf", string fileName = "public-liability.pdf") =>
        Upload(new MemoryStream(content), contentType, fileName);

    public static DocumentUpload Upload(Stream content, string contentType = "application/pdf", string fileName = "public-liability.pdf") =>
        new("seller/abc", "insurance-certificate", fileName, contentType, content);
}

// Like a network request body: cannot seek, does not know its length, and hands over a few bytes at a time.
public sealed class TrickleStream(Stream inner, int maxChunk = 7) : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, Math.Min(count, maxChunk));
        BytesRead += read;
        return read;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

// An endless PDF: a store that reads past the size limit would read forever, so the count shows where it stopped.
public sealed class EndlessPdfStream : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var position = BytesRead + i;
            buffer[offset + i] = position < TestUploads.PdfSignature.Length ? TestUploads.PdfSignature[position] : (byte)'x';
        }
        BytesRead += count;
        return count;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
