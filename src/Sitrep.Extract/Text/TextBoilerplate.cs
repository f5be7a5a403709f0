using System.Text.RegularExpressions;
using Sitrep.Extract.Heuristics;

namespace Sitrep.Extract.Text;

/// <summary>Paragraph-level boilerplate found in copied or syndicated article text, as named groups.
/// Each classifier looks at one paragraph (already whitespace-normalized) and never at its neighbours. The patterns
/// here are those plain text needs (collapsed captions, "Source:" lines, newsletter blocks without markup); the
/// multilingual phrases the HTML extractor uses (<see cref="BoilerplatePhrases"/>) are tried as well, so both modes
/// know the same languages.
/// Tuned on hand-written examples in the style of aggregator copies; rerun Sitrep.Extract.Tests after changes.</summary>
public static partial class TextBoilerplate
{
    /// <summary>Paragraphs longer than this are never boilerplate: a real paragraph may mention a newsletter.</summary>
    public const int MaxBoilerplateWords = 30;

    /// <summary>Newsletter and subscription calls to action (English, German, Spanish, French).</summary>
    [GeneratedRegex(@"\b(newsletters?|subscribe|subscription|sign[ -]?up|we don[’']?t spam|unsubscribe|privacy policy|inbox|postfach|posteingang|abonnieren|anmelden|suscr[ií]b|bandeja de entrada|abonnez|inscrivez|bo[iî]te (?:mail|de r[ée]ception))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewsletterCue();

    // A second, weaker cue must accompany the first, so "the newsletter reported…" in a short paragraph survives.
    [GeneratedRegex(@"\b(join|get|daily|weekly|free|email|e-mail|your|our|delivered|read our|for more info|straight to|don[’']?t miss|never miss|latest news|jetzt|gratis|gratuit)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewsletterSupport();

    /// <summary>"This post was originally published on …", "This article first appeared in …", "Republished from …".</summary>
    [GeneratedRegex(@"^(?:this|the)?\s*(?:post|article|story|piece|report|content)?\s*(?:was|is|has been)?\s*(?:originally|first)\s+(?:published|appeared|posted|ran)\s+(?:on|in|at|by|with)\s+(?<src>.+?)[.!]?$|^(?:republished|reprinted|reposted)\s+(?:with permission\s+)?(?:from|by)\s+(?<src>.+?)[.!]?$|^source:\s+(?<src>\S.{0,80}?)[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SyndicationLine();

    /// <summary>Video-player debris collapsed into text: a date and/or a clip duration alone on a line
    /// ("Aug. 9, 202307:33", "July 31, 2023 01:42", "02:31", "1:02:33").</summary>
    [GeneratedRegex(@"^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s*\d{4}\s*)?(?:\d{1,2}:)?\d{1,2}:\d{2}$|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s*\d{4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VideoDebris();

    /// <summary>Share widgets, ad labels and navigation crumbs that survive copy-paste as lines of their own.</summary>
    [GeneratedRegex(@"^(?:advertisement|advertising|anzeige|publicidad|publicité|sponsored|share( this( article| story| post)?)?:?|share on (?:facebook|twitter|x|linkedin|whatsapp|email)|(?:click|tap) to (?:share|email|print).*|(?:tweet|email|print|copy link|whatsapp|facebook|linkedin|reddit)(?:\s*[|·•]\s*(?:tweet|email|print|copy link|whatsapp|facebook|linkedin|reddit|twitter))*|skip to (?:main )?content|read more:?|related(?: articles| stories| posts| coverage)?:?|more from .{1,40}|watch:.{0,80}|image:.{0,80}|photo:.{0,80})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WidgetLine();

    /// <summary>BBCode-like markup left by scrapers: [link]…[/link], [url=…]…[/url], [caption …]; the inner text stays.</summary>
    [GeneratedRegex(@"\[/?(?:link|url|img|caption|quote|embed|video)\b[^\]\r\n]{0,200}\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Markup();

    /// <summary>Short emphasis tags count as markup only in pairs: a lone "[I]t's" is an editor's bracket and stays.</summary>
    [GeneratedRegex(@"\[(?<t>b|i|u|em|strong)\](?<inner>[^\[\r\n]{0,500})\[/\k<t>\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex PairedEmphasis();

    /// <param name="repeated">The paragraph occurs more than once in the text: a template block, so its cue alone
    /// suffices ("Sign up for The Morning Brief newsletter" printed three times).</param>
    public static bool IsNewsletter(string paragraph, int words, bool repeated = false)
        => words <= MaxBoilerplateWords && NewsletterCue().IsMatch(paragraph) && (repeated || NewsletterSupport().IsMatch(paragraph) || NewsletterButton().IsMatch(paragraph));

    /// <summary>A sign-up button's label on its own line ("Newsletter abonnieren", "Subscribe now").</summary>
    [GeneratedRegex(@"^(?:(?:zum |unseren? )?newsletter(?: (?:abonnieren|bestellen|anmelden))?|(?:jetzt )?(?:abonnieren|anmelden)|subscribe(?: now| here)?|sign up(?: now| here)?|abonnez-vous|inscrivez-vous|suscr[ií]bete)[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NewsletterButton();

    /// <summary>"Read more: …", "Lesen Sie auch: …", "Lire aussi : …": a link to another article on a line of its own.</summary>
    public static bool IsRelatedLink(string paragraph) => paragraph.Length <= 160 && RelatedLead().IsMatch(paragraph);

    [GeneratedRegex(@"^(?:read (?:more|also)|see also|related|more on this|lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|das könnte sie auch interessieren|weiterlesen|lire aussi|à lire aussi|a lire aussi|voir aussi|leer más|lea también|le puede interesar|te puede interesar|leggi anche)\s*:\s*\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelatedLead();

    /// <summary>Advertisement labels left on a line of their own.</summary>
    public static bool IsAdLabel(string paragraph) => paragraph.Length <= 20 && BoilerplatePhrases.AdLabel().IsMatch(paragraph);

    public static bool IsVideoDebris(string paragraph)
        => paragraph.Length <= 40 && (VideoDebris().IsMatch(paragraph) || BoilerplatePhrases.VideoDebris().IsMatch(paragraph));

    public static bool IsWidget(string paragraph)
        => paragraph.Length <= 120 && (WidgetLine().IsMatch(paragraph) || BoilerplatePhrases.AdLabel().IsMatch(paragraph));

    /// <summary>Recognizes a syndication statement; <paramref name="publisher"/> is the named origin, or null for "this site".</summary>
    public static bool IsSyndication(string paragraph, int words, out string? publisher, out string? url)
    {
        publisher = url = null;
        if (words > 25) return false;
        var m = SyndicationLine().Match(paragraph);
        var group = "src";
        if (!m.Success)
        {
            m = BoilerplatePhrases.Syndication().Match(paragraph);
            group = "source";
            if (!m.Success) return false;
        }
        var src = BoilerplatePhrases.PublisherName(m.Groups[group].Value);
        var urlMatch = UrlPattern().Match(src);
        if (urlMatch.Success) url = urlMatch.Value;
        // "this site" names nobody: the statement is kept, the publisher stays unknown.
        if (!ThisSite().IsMatch(src))
            publisher = urlMatch.Success && urlMatch.Length == src.Length ? null : src;
        return true;
    }

    [GeneratedRegex(@"https?://\S+", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"^(?:this|the original|our|their)\s+(?:site|website|page|blog)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThisSite();
}
