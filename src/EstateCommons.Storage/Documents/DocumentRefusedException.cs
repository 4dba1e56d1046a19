namespace EstateCommons.Storage.Documents;

/// <summary>
/// An upload the <see cref="DocumentPolicy"/> will not accept. <see cref="Reason"/> is one of the stable
/// codes below, for clients to switch on; <see cref="Exception.Message"/> is plain English for the uploader.
/// </summary>
public sealed class DocumentRefusedException(string reason, string message) : Exception(message)
{
    public const string UnsupportedType = "unsupported-type";
    public const string TypeMismatch = "type-mismatch";
    public const string TooLarge = "too-large";
    public const string Empty = "empty";

    public string Reason { get; } = reason;
}
