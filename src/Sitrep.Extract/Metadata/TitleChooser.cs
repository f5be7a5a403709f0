namespace Sitrep.Extract.Metadata;

/// <summary>Picks the article title from structured titles (JSON-LD, og:title…), &lt;title&gt; and the page's
/// headings. Site names are removed from " | Site" / "Site - " ends; when a cleaned variant equals a heading on
/// the page, the heading wins, because the visible headline is what readers and annotators call the title.</summary>
internal static partial class TitleChooser
{
    private const int MaxTitleLength = 400;
    /// <summary>An end part of this many words or fewer, beside a longer part, is taken for a site name.</summary>
    private const int MaxSiteNameWords = 4;
    /// <summary>A heading must be this long to be accepted as a prefix match of a longer title.</summary>
    private const int MinPrefixHeadingLength = 15;
    /// <summary>A lone h1 shorter than this is more likely a label ("News") than a headline.</summary>
    private const int MinLoneH1Length = 8;
    private const string SoftHyphen = "\u00AD";
    /// <summary>An unconfirmed h1 needs this many words to be taken for a headline over the structured title.</summary>
    private const int MinFallbackH1Words = 4;
    /// <summary>Letters a site-like text may have beyond the host's name ("Tonight News" on tonight.de).</summary>
    private const int MaxSiteNameExtraLetters = 10;
    /// <summary>A site name glued to a CJK title ("标题-新华网") is at most this long.</summary>
    private const int MaxCompactSiteNameLength = 10;

    /// <param name="structured">Titles from JSON-LD, meta tags and microdata, best first.</param>
    /// <param name="documentTitle">The &lt;title&gt; text.</param>
    /// <param name="h1s">The h1 texts, in document order.</param>
    /// <param name="otherHeadings">h2/h3 and title-like elements, in document order; read only when the h1s do
    /// not settle the title (collecting their texts walks much of the page).</param>
    internal static string? Choose(IReadOnlyList<string> structured, string? documentTitle, List<string> h1s, Func<List<string>> otherHeadings, string? siteName, string? host = null)
        => WithoutLeadingDate(ChooseRaw(structured, documentTitle, h1s, otherHeadings, siteName, host));

    /// <summary>"Leasing oder Finanzierung" in the h1, "Leasing oder Finanzierung – was lohnt sich mehr?" in the
    /// element styled as the headline: the headline readers see continues the h1 after a dash, so the longer text
    /// is the title. At most twice the h1's length, so a teaser that merely opens with it is not taken.</summary>
    internal static string? Continued(string? title, List<string> h1s, Func<IEnumerable<string>> styledHeadlines)
    {
        if (title is null || !h1s.Contains(title)) return title;
        foreach (var headline in styledHeadlines())
            foreach (var dash in (ReadOnlySpan<string>)[" – ", " - ", " — "])
                if (headline.Length > title.Length + dash.Length && headline.Length <= 2 * title.Length + dash.Length
                    && headline.StartsWith(title + dash, StringComparison.Ordinal))
                    return headline;
        return title;
    }

    /// <summary>A heading this long is a standfirst or a paragraph, not a headline.</summary>
    private const int MaxShownHeadlineLength = 150;

    /// <summary>On a page without an h1, the heading shown above the text that is the headline where the chosen title
    /// differs, or null. Going up from the text, the first heading that is the title itself ends the search (what is
    /// above it is a kicker), and a sentence ("Crews expect power back by Friday.") is a standfirst, not a headline.
    /// A heading qualifies when it shares a word of five letters or more with the title or &lt;title&gt;, not counting
    /// the site's name, so it is about the same thing and not a section heading of the text ("Einleitung"); or when the
    /// title is one word, a section name ("energieverbraucher.de | Gaspreise"), or an organisation by its legal form
    /// ("… e.V."), and the heading reads like a headline, not a byline.</summary>
    /// <param name="headings">The headings above the text, closest first.</param>
    internal static string? HeadlineAboveText(IEnumerable<string> headings, string title, string? documentTitle, string? siteName, string? host)
    {
        var titleKey = Key(title);
        var site = LettersOnly((siteName ?? "") + " " + (host is null ? "" : HostNames.MainLabel(host)));
        bool sectionTitle = Words(title) == 1 || AuthorNames.IsCompany(title);
        foreach (var heading in headings)
        {
            if (Key(heading) == titleKey) return null;
            if (heading.Length > MaxShownHeadlineLength || IsSentence(heading) || BodyByline.LooksLikeByline(heading)) continue;
            if (sectionTitle && Words(heading) >= 3) return heading;
            if (SharesWord(heading, title, site) || documentTitle is not null && SharesWord(heading, documentTitle, site)) return heading;
        }
        return null;
    }

    /// <summary>Ends with a full stop, not an ellipsis ("… changed my life....").</summary>
    private static bool IsSentence(string heading) => heading.EndsWith('.') && !heading.EndsWith("..", StringComparison.Ordinal);

    private static readonly char[] WordSeparators = [' ', '-', '–', ':', '|', ',', '.', '/', '!', '?', '"', '“', '”', '„', '«', '»'];
    private const int MinSharedWordLength = 5;

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> share a word of <see cref="MinSharedWordLength"/>
    /// letters or more that is not part of the site's name (<paramref name="site"/>, letters only, lower case).</summary>
    private static bool SharesWord(string a, string b, string site)
    {
        foreach (var w in a.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (w.Length < MinSharedWordLength || site.Contains(LettersOnly(w), StringComparison.Ordinal)) continue;
            foreach (var v in b.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
                if (w.Equals(v, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>"23.01.2022 - Wierer jubelt": a press-release date glued before the headline is metadata, not
    /// title. Only a whole numeric date followed by a separator is cut, so "9/11: Twenty years on" stays.</summary>
    private static string? WithoutLeadingDate(string? title)
    {
        if (title is null) return null;
        var m = LeadingDate().Match(title);
        return m.Success && m.Length < title.Length ? title[m.Length..] : title;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})\s*(?:[-–—|:]|\s)\s*(?=\p{L})")]
    private static partial System.Text.RegularExpressions.Regex LeadingDate();

    private static string? ChooseRaw(IReadOnlyList<string> structured, string? documentTitle, List<string> h1s, Func<List<string>> otherHeadings, string? siteName, string? host)
    {
        // A "site name" that is the whole <title>, longer than site names run, came from a mislabelled meta tag
        // (application-name filled with the headline) and would hide the headline.
        if (siteName is not null && Words(siteName) > MaxSiteNameWords && Normalize(documentTitle) is { } wholeTitle
            && Key(wholeTitle) == Key(siteName))
            siteName = null;
        var candidates = new List<string>(structured.Count + 1);
        foreach (var s in structured)
            if (!IsSiteLike(s, host, documentTitle)) AddNormalized(candidates, s, siteName, host);
        AddNormalized(candidates, documentTitle, siteName, host);

        // The whole <title> when it carries a known site name, to recognise headings that merely copy it.
        var normalizedTitle = Normalize(documentTitle);
        var fullTitleKey = normalizedTitle is not null && StripSiteName(normalizedTitle, siteName, host, guess: false) != normalizedTitle ? Key(normalizedTitle) : null;
        var headings = new List<string>(h1s.Count);
        Keep(h1s, isH1: true);
        int h1Count = headings.Count;
        var keys = new List<string>(headings.Count);
        foreach (var h in headings) keys.Add(Key(h));

        // Phases 1–2 look at h1s first, then at other headings: share widgets and teasers also repeat titles.
        if (MatchHeadings(candidates, headings, keys, 0, h1Count) is { } fromH1) return fromH1;

        // Phase 3: a lone h1 that is not the site's name is the visible headline; structured titles often carry
        // an SEO variant of it.
        if (h1Count == 1 && headings[0].Length >= MinLoneH1Length && (siteName is null || !IsMostlySiteName(headings[0], siteName)))
            return headings[0];

        Keep(otherHeadings(), isH1: false);
        for (int i = h1Count; i < headings.Count; i++) keys.Add(Key(headings[i]));
        if (MatchHeadings(candidates, headings, keys, h1Count, headings.Count) is { } fromOther) return fromOther;

        // Phase 4: with several h1s and no title to confirm any, the first, when it reads like a headline (a few
        // words, not a label such as "Navigation"), is the article's: widget and newsletter h1s come after it.
        if (h1Count > 1 && Words(headings[0]) >= MinFallbackH1Words && (siteName is null || !IsMostlySiteName(headings[0], siteName)))
            return headings[0];

        // Phase 5: the best structured title, else <title>, without its site-name part.
        if (candidates.Count > 0) return StripSiteName(candidates[0], siteName, host);
        return headings.Count > 0 ? headings[0] : null;

        void Keep(List<string> found, bool isH1)
        {
            foreach (var heading in found)
            {
                // Headings that only name the site (a logo in an h1) would match the " | Site" part of every title.
                if (IsSiteLike(heading, host, null) || (siteName is not null && Key(heading) == Key(siteName))) continue;
                // A share widget or teaser repeats the whole <title>, site name included; the headline is elsewhere.
                if (!isH1 && fullTitleKey is not null && Key(heading) == fullTitleKey) continue;
                // Templates repeat the headline (a mobile and a desktop copy): one headline, not two competing h1s.
                if (headings.Contains(heading, StringComparer.Ordinal)) continue;
                headings.Add(heading);
            }
        }
    }

    /// <summary>Whether a short title is really the site's name: it matches the host's main label
    /// ("SMAVA" on smava.de) or is the end part of a longer &lt;title&gt; ("Story | Journelles").</summary>
    private static bool IsSiteLike(string title, string? host, string? documentTitle)
    {
        var t = Normalize(title);
        if (t is null || Words(t) > MaxSiteNameWords) return false;
        var letters = LettersOnly(t);
        if (host is not null && letters.Length >= 3)
        {
            var main = LettersOnly(HostNames.MainLabel(host));
            // The text must be mostly the host's name: "Unsere MinusL Joghurts" on minusl.de is a headline.
            if (main.Length >= 3 && (main.Contains(letters, StringComparison.Ordinal)
                || (letters.Contains(main, StringComparison.Ordinal) && letters.Length - main.Length <= Math.Max(main.Length, MaxSiteNameExtraLetters))))
                return true;
        }
        var doc = Normalize(documentTitle);
        if (doc is null || doc.Length <= t.Length + 3) return false;
        foreach (var sep in MetaVocabulary.TitleSeparators)
        {
            var parts = doc.Split(sep, StringSplitOptions.TrimEntries);
            if (parts.Length >= 2 && (Key(parts[^1]) == Key(t) || Key(parts[0]) == Key(t))) return true;
        }
        return false;
    }

    private static string LettersOnly(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (var c in s) if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    /// <summary>Phase 1: a candidate or one of its parts between separators equals a heading. Phase 2: a heading
    /// and a candidate (or part, at least <see cref="MinPrefixHeadingLength"/> long) start alike or one ends the
    /// other (a kicker before the headline in the same h1).</summary>
    private static string? MatchHeadings(List<string> candidates, IReadOnlyList<string> headings, IReadOnlyList<string> keys, int from, int to)
    {
        // Of the headings one candidate's parts name, the longest: "Section - Headline" matches both a section
        // h1 and the headline h1.
        foreach (var c in candidates)
        {
            string? best = null;
            foreach (var v in Variants(c))
            {
                var key = Key(v);
                for (int i = from; i < to; i++)
                    if (keys[i] == key && (best is null || headings[i].Length > best.Length)) best = WithoutHyphenationHints(headings[i], v);
            }
            if (best is not null) return best;
        }
        foreach (var c in candidates)
        {
            var key = Key(c);
            for (int i = from; i < to; i++)
                if (keys[i].Length >= MinPrefixHeadingLength && key.StartsWith(keys[i], StringComparison.Ordinal)) return headings[i];
        }
        foreach (var c in candidates)
            foreach (var v in Variants(c))
            {
                var key = Key(v);
                if (key.Length < MinPrefixHeadingLength) continue;
                for (int i = from; i < to; i++)
                {
                    // A whole title that starts the heading leaves a subtitle in the same h1: the title is the
                    // headline. A part of a title (site name cut off) that starts it was shortened for SEO.
                    if (keys[i].StartsWith(key, StringComparison.Ordinal)) return ReferenceEquals(v, c) ? c : headings[i];
                    if (keys[i].EndsWith(key, StringComparison.Ordinal) && headings[i].Contains(SoftHyphen, StringComparison.Ordinal))
                        return v;
                    if (keys[i].EndsWith(key, StringComparison.Ordinal) && headings[i].Length >= v.Length
                        && Key(headings[i][^v.Length..]) == key)
                        return QuotedKicker().IsMatch(headings[i][..^v.Length]) ? headings[i] : headings[i][^v.Length..].Trim();
                }
            }
        return null;
    }

    /// <summary>"„Pure Leere“: Kramer verpasst Olympia": a quotation and a colon before the headline belong to it, where
    /// a section kicker ("Corona: …") does not.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*[\""„“«‚‘'][^\""„“”«»]{1,80}[\""“”»‘’']\s*:\s*$")]
    private static partial System.Text.RegularExpressions.Regex QuotedKicker();

    /// <summary>A heading that matched a title except for soft hyphens: readers see the heading without them, so
    /// the title's unhyphenated text is taken. When both carry them, the heading stays as it is.</summary>
    private static string WithoutHyphenationHints(string heading, string matchedTitle)
        => heading.Contains(SoftHyphen, StringComparison.Ordinal) && !matchedTitle.Contains(SoftHyphen, StringComparison.Ordinal) ? matchedTitle : heading;

    /// <summary>Spaces collapsed and the text in Unicode composed form (NFC), so that the same letters written two
    /// ways (Bengali "ড়" as one code point or two) compare and print alike. Soft hyphens stay: sites and annotators
    /// keep them in titles as often as not (measured on extraction-dev).</summary>
    internal static string? Normalize(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        var t = string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (!t.IsNormalized(System.Text.NormalizationForm.FormC)) t = t.Normalize(System.Text.NormalizationForm.FormC);
        return t.Length is 0 or > MaxTitleLength ? null : t;
    }


    /// <summary>Comparison key: lower case, dashes and quotes unified, spaces collapsed, trailing dots dropped.</summary>
    private static string Key(string s)
    {
        Span<char> buffer = s.Length <= 512 ? stackalloc char[s.Length] : new char[s.Length];
        int n = 0;
        foreach (var ch in s)
        {
            var c = ch switch
            {
                '–' or '—' or '‐' or '‑' => '-',
                '“' or '”' or '„' or '«' or '»' or '\'' or '‘' or '’' or '‚' => '"',
                '\u00A0' => ' ',
                '\u00AD' => '\0',
                _ => char.ToLowerInvariant(ch),
            };
            if (c == '\0') continue;
            if (c == ' ' && (n == 0 || buffer[n - 1] == ' ')) continue;
            buffer[n++] = c;
        }
        while (n > 0 && buffer[n - 1] is ' ' or '.' or ':') n--;
        return new string(buffer[..n]);
    }

    private static void AddNormalized(List<string> into, string? s, string? siteName, string? host)
    {
        var n = Normalize(s);
        if (n is null) return;
        // A title with an empty part: when what remains names the site ("National Rail Enquiries -"), the title says
        // nothing about the page; otherwise the empty part was the site's ("Latest updates /") and the rest stands.
        if (WithoutDanglingSeparator(n) is { } rest)
        {
            if (IsSiteLike(rest, host, null) || siteName is not null && Key(rest) == Key(siteName)) return;
            n = rest;
        }
        // An og:title that only repeats the site name says nothing about the article.
        if (into.Contains(n, StringComparer.Ordinal) || siteName is not null && n.Equals(siteName, StringComparison.OrdinalIgnoreCase)) return;
        into.Add(n);
    }

    /// <summary>The title without a separator mark that ends or starts it with nothing beyond, or null. Guillemets
    /// and colons are left alone: French titles open and close with them ("« Nous ne céderons pas », affirme …").</summary>
    private static string? WithoutDanglingSeparator(string title)
    {
        foreach (var sep in MetaVocabulary.TitleSeparators)
        {
            var mark = sep.Trim();
            if (mark.Length == 0 || mark is "«" or "»" or ":") continue;
            if (title.EndsWith(' ' + mark, StringComparison.Ordinal)) return title[..^(mark.Length + 1)].TrimEnd();
            if (title.StartsWith(mark + ' ', StringComparison.Ordinal)) return title[(mark.Length + 1)..].TrimStart();
        }
        return null;
    }

    /// <summary>The title itself and every run of its parts between separators, longest first.</summary>
    private static IEnumerable<string> Variants(string title)
    {
        yield return title;
        var compact = WithoutCompactSiteName(title);
        if (!ReferenceEquals(compact, title)) yield return compact;
        foreach (var sep in MetaVocabulary.TitleSeparators)
        {
            var parts = title.Split(sep, StringSplitOptions.TrimEntries);
            if (parts.Length < 2) continue;
            for (int keep = parts.Length - 1; keep >= 1; keep--)
                for (int start = 0; start + keep <= parts.Length; start++)
                    yield return string.Join(sep, parts, start, keep);
        }
    }

    /// <param name="guess">Also take a short capitalised end part for a site name when neither the site's name nor
    /// its host confirms it ("Story | Northwind").</param>
    internal static string StripSiteName(string title, string? siteName, string? host = null, bool guess = true)
    {
        // An end that names the host is the site's, whatever a meta tag calls the site (DC.Publisher often names
        // a person, who may be the page's subject: "mediaarchitecture.de » Jens Weber").
        foreach (var sep in MetaVocabulary.TitleSeparators)
        {
            var parts = title.Split(sep, StringSplitOptions.TrimEntries);
            if (parts.Length < 2) continue;
            if (IsSiteLike(parts[^1], host, null)) return string.Join(sep, parts, 0, parts.Length - 1);
            if (IsSiteLike(parts[0], host, null)) return string.Join(sep, parts, 1, parts.Length - 1);
            break;
        }
        // The whole site name at either end, even when it holds a separator itself ("Salsa-Figuren - Rueda in Berlin").
        if (siteName is not null && siteName.Length < title.Length)
            foreach (var sep in MetaVocabulary.TitleSeparators)
            {
                if (title.EndsWith(sep + siteName, StringComparison.OrdinalIgnoreCase))
                    return title[..^(sep.Length + siteName.Length)].Trim();
                if (title.StartsWith(siteName + sep, StringComparison.OrdinalIgnoreCase))
                    return title[(siteName.Length + sep.Length)..].Trim();
            }
        foreach (var sep in MetaVocabulary.TitleSeparators)
        {
            var parts = title.Split(sep, StringSplitOptions.TrimEntries);
            if (parts.Length < 2) continue;
            var first = parts[0];
            var last = parts[^1];
            if (siteName is not null && IsSiteName(last, siteName)) return string.Join(sep, parts, 0, parts.Length - 1);
            if (siteName is not null && IsSiteName(first, siteName)) return parts[^1];
            var restAfterLast = string.Join(sep, parts, 0, parts.Length - 1);
            if (guess && sep.Trim().Length > 0 && sep.Trim() != ":" && Words(last) <= MaxSiteNameWords && last.Length < restAfterLast.Length && LooksLikeName(last))
                return restAfterLast;
            return title;
        }
        // Glued CJK site names are recognised by their form, not guessed: this runs whatever `guess` says.
        return WithoutCompactSiteName(title);
    }

    /// <summary>Chinese and Japanese titles glue the site name on without spaces ("标题-新华网", "标题｜站名"); the
    /// underscore form ("词条_百度百科") is kept, as annotators and readers treat it as part of the page name.</summary>
    private static string WithoutCompactSiteName(string title)
    {
        if (title.Contains(' ') || !HasCjk(title)) return title;
        int cut = title.AsSpan().LastIndexOfAny("-|–—－｜");
        if (cut <= 0) return title;
        int tail = title.Length - cut - 1;
        // A tail that starts with a digit continues the title ("2023-2024赛季"); site names start with letters.
        return tail is >= 1 and <= MaxCompactSiteNameLength && cut >= 2 * tail && !char.IsDigit(title[cut + 1]) ? title[..cut] : title;
    }

    private static bool HasCjk(string s)
    {
        foreach (var c in s)
            if (c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF')) return true;
        return false;
    }

    /// <summary>Whether a heading is the site's name with a word or two around it ("Tonight News"), rather than a
    /// headline that mentions the site ("Unsere MinusL Joghurts" on MinusL).</summary>
    private static bool IsMostlySiteName(string heading, string siteName)
        => siteName.Contains(heading, StringComparison.OrdinalIgnoreCase)
            || (heading.Contains(siteName, StringComparison.OrdinalIgnoreCase) && heading.Length - siteName.Length <= Math.Max(siteName.Length, MaxSiteNameExtraLetters));

    private static bool IsSiteName(string part, string siteName)
        => part.Length > 0 && (part.Contains(siteName, StringComparison.OrdinalIgnoreCase) || siteName.Contains(part, StringComparison.OrdinalIgnoreCase));

    /// <summary>Site names are capitalised or domain-like, not the tail of a sentence.</summary>
    private static bool LooksLikeName(string part) => part.Length > 0 && (char.IsUpper(part[0]) || char.IsDigit(part[0]) || part.Contains('.'));

    private static int Words(string s)
    {
        int n = 1;
        foreach (var c in s) if (c == ' ') n++;
        return n;
    }
}
