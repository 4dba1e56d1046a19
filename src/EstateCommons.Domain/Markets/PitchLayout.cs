namespace EstateCommons.Domain.Markets;

/// <summary>The pitches of a market and which stand side by side; adjacency always runs both ways.</summary>
[GenerateSerializer, Immutable]
public sealed record PitchLayout(IReadOnlyList<Pitch> Pitches)
{
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        var byId = new Dictionary<string, Pitch>(StringComparer.Ordinal);
        foreach (var pitch in Pitches)
        {
            if (string.IsNullOrWhiteSpace(pitch.Id)) errors.Add(new FieldError("pitches", "Every pitch needs an id."));
            else if (!byId.TryAdd(pitch.Id, pitch)) errors.Add(new FieldError("pitches", $"Pitch {pitch.Id} appears more than once."));
            if (pitch.WidthMetres <= 0 || pitch.DepthMetres <= 0) errors.Add(new FieldError("pitches", $"Pitch {pitch.Id} needs a positive width and depth."));
        }
        foreach (var pitch in Pitches)
        {
            foreach (var neighbourId in pitch.AdjacentPitchIds)
            {
                if (neighbourId == pitch.Id) errors.Add(new FieldError("adjacentPitchIds", $"Pitch {pitch.Id} cannot be adjacent to itself."));
                else if (!byId.TryGetValue(neighbourId, out var neighbour)) errors.Add(new FieldError("adjacentPitchIds", $"Pitch {pitch.Id} is next to {neighbourId}, which is not in the layout."));
                else if (!neighbour.AdjacentPitchIds.Contains(pitch.Id)) errors.Add(new FieldError("adjacentPitchIds", $"Pitch {pitch.Id} lists {neighbourId} as adjacent but {neighbourId} does not list {pitch.Id}."));
            }
        }
        return errors;
    }

    public int IndexOf(string pitchId)
    {
        for (var i = 0; i < Pitches.Count; i++)
        {
            if (Pitches[i].Id == pitchId) return i;
        }
        return -1;
    }

    /// <summary>
    /// Every set of exactly <paramref name="size"/> pitches that are joined through adjacency, as ascending pitch indices,
    /// in ascending lexicographic order so that anything derived from the order (the seeded tie-break) is reproducible.
    /// </summary>
    public IReadOnlyList<int[]> ConnectedGroups(int size)
    {
        if (size < 1 || size > Pitches.Count) return [];
        var neighbours = Pitches.Select(p => p.AdjacentPitchIds.Select(IndexOf).Where(i => i >= 0).ToArray()).ToArray();
        var level = Enumerable.Range(0, Pitches.Count).Select(i => new[] { i }).ToList();
        for (var grown = 1; grown < size; grown++)
        {
            var next = new Dictionary<string, int[]>();
            foreach (var group in level)
            {
                foreach (var added in group.SelectMany(i => neighbours[i]).Where(n => !group.Contains(n)))
                {
                    var larger = group.Append(added).Order().ToArray();
                    next.TryAdd(string.Join(',', larger), larger);
                }
            }
            level = next.Values.ToList();
        }
        level.Sort(CompareLexicographically);
        return level;
    }

    private static int CompareLexicographically(int[] a, int[] b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i]) return a[i].CompareTo(b[i]);
        }
        return a.Length.CompareTo(b.Length);
    }
}
