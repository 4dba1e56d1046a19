// Serialisation attributes only (GenerateSerializer, Immutable): the domain has no Orleans runtime dependency.
global using Orleans;
