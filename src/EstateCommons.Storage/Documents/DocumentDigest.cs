namespace EstateCommons.Storage.Documents;

/// <summary>The size and lower-case hex SHA-256 of bytes that passed a <see cref="DocumentPolicy"/> check.</summary>
public readonly record struct DocumentDigest(long SizeInBytes, string Sha256);
