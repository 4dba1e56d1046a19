using Orleans.Runtime;

namespace EstateCommons.Storage;

// Root/<grain type>/<grain key>/<state name>.json: one directory per grain keeps all of a grain's
// records (for example one per calendar day) together, and the state name is part of the path
// because a grain may hold many independent records.
internal static class RecordPath
{
    public static string For(string rootDirectory, GrainId grainId, string stateName) =>
        Path.Join([rootDirectory, .. RecordName.Segments(grainId, stateName)]);
}
