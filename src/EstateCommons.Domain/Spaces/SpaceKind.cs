namespace EstateCommons.Domain.Spaces;

[GenerateSerializer]
public enum SpaceKind
{
    Room,
    Hall,
    /// <summary>A clinic room lent out of clinic hours.</summary>
    ClinicRoom,
    /// <summary>Space where charities are co-located with patients, usually under a licence.</summary>
    CharitySpace,
    Outdoor,
}
