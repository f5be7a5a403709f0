namespace Sitrep.Cli.Output;

internal static class NameCase
{
    /// <summary>"MoreThan" → "more_than": enum names as they appear in JSON.</summary>
    public static string ToSnakeCase(this string name)
        => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
