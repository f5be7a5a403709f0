using System.Text;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Core.Annotations;

namespace Sitrep.Extract.Content;

/// <summary>The article text a page states in JSON-LD (<c>articleBody</c>, found while the metadata reads the
/// JSON-LD): a fallback body for pages whose markup hides the article from the heuristics (text rendered by
/// script, a login dialog outscoring it).</summary>
internal static class StructuredBody
{
    /// <summary>The longest <c>articleBody</c> string anywhere in a parsed JSON-LD block, or null. Searched with an
    /// explicit stack (JsonDocument caps depth at 64 already).</summary>
    public static string? Longest(JsonElement root)
    {
        string? best = null;
        var stack = new Stack<JsonElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (e.ValueKind == JsonValueKind.Array) { foreach (var item in e.EnumerateArray()) stack.Push(item); continue; }
            if (e.ValueKind != JsonValueKind.Object) continue;
            foreach (var p in e.EnumerateObject())
            {
                if (p.NameEquals("articleBody") && p.Value.ValueKind == JsonValueKind.String)
                {
                    var s = p.Value.GetString();
                    if (s is not null && (best is null || s.Length > best.Length)) best = s;
                }
                else if (p.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array) stack.Push(p.Value);
            }
        }
        return best;
    }

    /// <summary>Drops markup some sites leave in the string and collapses spaces; line breaks end paragraphs.</summary>
    public static string Clean(string body)
    {
        var sb = new StringBuilder(body.Length);
        bool inTag = false, space = false;
        foreach (var c in body)
        {
            if (c == '<') { inTag = true; continue; }
            if (inTag) { if (c == '>') { inTag = false; space = true; } continue; }
            if (c == '\n') { while (sb.Length > 0 && sb[^1] == ' ') sb.Length--; if (sb.Length > 0 && sb[^1] != '\n') sb.Append('\n'); space = false; continue; }
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && sb.Length > 0 && sb[^1] != '\n') sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString().Trim();
    }

    /// <summary>The found body followed by the stated paragraphs it lacks (the found part often holds a lead or
    /// headline the stated text leaves out); removal counts and syndication stay those of the found body.</summary>
    public static ArticleBody ToBody(string text, ArticleBody found)
    {
        var pieces = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var sb = new StringBuilder(found.Text, found.Text.Length + text.Length + 2 * pieces.Length);
        var paragraphs = new List<Paragraph>(found.Paragraphs);
        int prose = found.ProseLength;
        foreach (var piece in pieces)
        {
            if (found.Text.Contains(piece, StringComparison.Ordinal)) continue;
            if (sb.Length > 0) sb.Append("\n\n");
            paragraphs.Add(new Paragraph(new TextSpan(sb.Length, piece.Length), ParagraphKind.Body));
            sb.Append(piece);
            prose += piece.Length;
        }
        return new ArticleBody(sb.ToString(), paragraphs, prose, found.Removed, found.Syndication);
    }
}
