namespace EstateCommons.Storage;

// Records with primary constructors have no parameterless constructor, and Activator would throw for
// them; for those a missing record reads as default, which the grain replaces on first write.
internal static class NewState<T>
{
    private static readonly bool CanConstruct =
        typeof(T).IsValueType || (!typeof(T).IsAbstract && typeof(T).GetConstructor(Type.EmptyTypes) is not null);

    public static T Create() => CanConstruct ? Activator.CreateInstance<T>() : default!;
}
