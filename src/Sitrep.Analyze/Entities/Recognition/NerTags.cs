using Sitrep.Core.Annotations;

namespace Sitrep.Analyze.Entities.Recognition;

/// <summary>The BILOU tag set the model predicts: O, then Begin/Inside/Last/Unit for each of the four types.
/// Tag id = 1 + 4·type + part (part: 0 B, 1 I, 2 L, 3 U).</summary>
internal static class NerTags
{
    public const int Count = 17;
    public const int Outside = 0;

    public static int Make(EntityType type, int part) => 1 + 4 * (int)type + part;

    public static EntityType TypeOf(int tag) => (EntityType)((tag - 1) >> 2);

    public static int PartOf(int tag) => (tag - 1) & 3;

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="prev"/> (-1 = sentence start / end).</summary>
    public static bool Allowed(int prev, int next)
    {
        bool prevOpen = prev > 0 && PartOf(prev) is 0 or 1; // B or I must continue
        if (next < 0) return !prevOpen;
        if (next == Outside) return !prevOpen;
        int part = PartOf(next);
        if (part is 1 or 2) return prevOpen && TypeOf(prev) == TypeOf(next);
        return !prevOpen;
    }

    public static bool TryParseType(ReadOnlySpan<char> name, out EntityType type)
    {
        switch (name)
        {
            case "PER": type = EntityType.Person; return true;
            case "ORG": type = EntityType.Organization; return true;
            case "LOC": type = EntityType.Location; return true;
            case "MISC": type = EntityType.Misc; return true;
            default: type = default; return false;
        }
    }

    public static string ShortName(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        _ => "MISC",
    };

    /// <summary>Entity spans (first token, token count, type) read off a BILOU tag sequence; malformed runs are
    /// repaired leniently (an I or L without a B starts an entity).</summary>
    public static void Decode(ReadOnlySpan<int> tags, List<(int Start, int Length, EntityType Type)> output)
    {
        int start = -1;
        EntityType type = default;
        for (int i = 0; i < tags.Length; i++)
        {
            int tag = tags[i];
            if (tag == Outside)
            {
                if (start >= 0) output.Add((start, i - start, type));
                start = -1;
                continue;
            }
            var t = TypeOf(tag);
            int part = PartOf(tag);
            if (start >= 0 && (t != type || part is 0 or 3))
            {
                output.Add((start, i - start, type));
                start = -1;
            }
            if (start < 0) { start = i; type = t; }
            if (part is 2 or 3)
            {
                output.Add((start, i - start + 1, type));
                start = -1;
            }
        }
        if (start >= 0) output.Add((start, tags.Length - start, type));
    }
}
