using System.Text.Json;

namespace EstateCommons.Server.Api.Contracts;

/// <summary>An enum value as responses spell it: camelCase, the same policy the JSON property names follow.</summary>
public static class EnumText
{
    public static string Of(Enum value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
