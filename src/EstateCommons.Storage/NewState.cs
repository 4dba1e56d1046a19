namespace EstateCommons.Storage;

/// <summary>
/// The state a grain sees when it has no record yet: a new instance where <typeparamref name="T"/> has a
/// parameterless constructor, otherwise default.
/// </summary>
public static class NewState<T>
{
    // Records with primary constructors have no parameterless constructor, and Activator would throw for
    // them; for those a missing record reads as default, which the grain replaces on first write.
    private static readonly bool CanConstruct =
        typeof(T).IsValueType || (!typeof(T).IsAbstract && typeof(T).GetConstructor(Type.EmptyTypes) is not null);

    public static T Create() => CanConstruct ? Activator.CreateInstance<T>() : default!;
}
