using System.Buffers;
using System.Security.Cryptography;

namespace EstateCommons.Storage.Documents;

/// <summary>
/// Which uploads a store accepts: only the allowed content types, only when the file's first bytes are
/// that type's signature (a renamed text file or a PNG sent as a PDF is refused), never empty, and never
/// more than <see cref="MaxSizeInBytes"/>, which is enforced while the upload streams in.
/// </summary>
public sealed class DocumentPolicy
{
    public const long DefaultMaxSizeInBytes = 10 * 1024 * 1024;

    private const int CopyBufferSize = 81920;

    private static readonly Dictionary<string, (string Name, byte[] Signature)> KnownTypes = new()
    {
        ["application/pdf"] = ("PDF", "%PDF-"u8.ToArray()),
        ["image/jpeg"] = ("JPEG", [0xFF, 0xD8, 0xFF]),
        ["image/png"] = ("PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
    };

    private static readonly int LongestSignature = KnownTypes.Values.Max(type => type.Signature.Length);

    public static DocumentPolicy Default { get; } = new();

    /// <summary>The most bytes a document may have; an upload is refused as soon as it passes this.</summary>
    public long MaxSizeInBytes
    {
        get;
        init => field = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MaxSizeInBytes), "Must be at least one byte.");
    } = DefaultMaxSizeInBytes;

    /// <summary>
    /// Lower-case media types to accept; by default PDF, JPEG and PNG. Only types whose signature the
    /// policy knows can be allowed, because a type it cannot check would be taken on trust.
    /// </summary>
    public IReadOnlyCollection<string> AllowedContentTypes
    {
        get;
        init
        {
            var unknown = value.FirstOrDefault(type => !KnownTypes.ContainsKey(type));
            if (unknown is not null) throw new ArgumentException($"The policy cannot check the signature of '{unknown}'.", nameof(AllowedContentTypes));
            field = value.ToArray();
        }
    } = KnownTypes.Keys.ToArray();

    /// <summary>
    /// The declared content type in canonical form ("Application/PDF; x=y" gives "application/pdf").
    /// </summary>
    /// <exception cref="DocumentRefusedException"><c>unsupported-type</c> when the type is not allowed.</exception>
    public string AcceptDeclaredType(string? declared)
    {
        var type = (declared ?? "").Split(';')[0].Trim().ToLowerInvariant();
        if (AllowedContentTypes.Contains(type)) return type;
        var allowed = AllowedContentTypes.Select(t => KnownTypes[t].Name).ToList();
        var list = allowed.Count == 1 ? allowed[0] : $"{string.Join(", ", allowed[..^1])} or {allowed[^1]}";
        throw new DocumentRefusedException(DocumentRefusedException.UnsupportedType,
            $"Documents must be a {list} file, so a file sent as '{declared}' cannot be accepted.");
    }

    /// <summary>
    /// Copies <paramref name="source"/> to <paramref name="destination"/>, checking it as it goes, and
    /// returns its size and SHA-256. Nothing is written before the signature is checked, and at most
    /// <see cref="MaxSizeInBytes"/> + 1 bytes are read. On refusal the destination may hold a prefix of
    /// the upload, which the caller must discard.
    /// </summary>
    /// <param name="contentType">A type returned by <see cref="AcceptDeclaredType"/>.</param>
    /// <exception cref="DocumentRefusedException"><c>empty</c>, <c>type-mismatch</c> or <c>too-large</c>.</exception>
    public async Task<DocumentDigest> CopyChecked(Stream source, string contentType, Stream destination, CancellationToken cancellationToken)
    {
        var (name, signature) = AllowedContentTypes.Contains(contentType)
            ? KnownTypes[contentType]
            : throw new ArgumentException($"'{contentType}' is not an allowed content type.", nameof(contentType));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(CopyBufferSize);
        try
        {
            // Streams may return fewer bytes than asked for, so read until the whole signature is in hand.
            var headLength = (int)Math.Min(LongestSignature, MaxSizeInBytes + 1);
            var filled = await source.ReadAtLeastAsync(buffer.AsMemory(0, headLength), headLength, throwOnEndOfStream: false, cancellationToken);
            if (filled == 0) throw new DocumentRefusedException(DocumentRefusedException.Empty, "The file is empty.");
            if (!buffer.AsSpan(0, filled).StartsWith(signature))
            {
                throw new DocumentRefusedException(DocumentRefusedException.TypeMismatch,
                    $"The file was sent as a {name} but its contents are not a {name}. Please check it is the right file and upload it again.");
            }
            long size = filled;
            while (filled > 0)
            {
                if (size > MaxSizeInBytes) throw TooLarge();
                hash.AppendData(buffer, 0, filled);
                await destination.WriteAsync(buffer.AsMemory(0, filled), cancellationToken);
                // Never ask for more than one byte past the limit: that byte alone proves the file too large.
                var wanted = (int)Math.Min(buffer.Length, MaxSizeInBytes + 1 - size);
                filled = await source.ReadAsync(buffer.AsMemory(0, wanted), cancellationToken);
                size += filled;
            }
            return new DocumentDigest(size, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private DocumentRefusedException TooLarge()
    {
        var limit = MaxSizeInBytes >= 1024 * 1024 ? $"{MaxSizeInBytes / (1024.0 * 1024):0.#} MB"
            : MaxSizeInBytes >= 1024 ? $"{MaxSizeInBytes / 1024.0:0.#} KB"
            : $"{MaxSizeInBytes} bytes";
        return new DocumentRefusedException(DocumentRefusedException.TooLarge,
            $"The file is too large. Documents can be at most {limit}.");
    }
}
