using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Text;
using Sitrep.Core;
using Sitrep.Core.Annotations;
using Sitrep.Extract.Heuristics;

namespace Sitrep.Extract.Content;

/// <summary>Writes the chosen container's kept blocks as the article text. Phases per block: skip removed elements,
/// drop link lists, drop short furniture found by phrase (newsletter, share, cookie, related, ads, video debris),
/// lift "originally published" lines into metadata, drop repeats; then join with blank lines.</summary>
internal static partial class BodyAssembler
{
    public static ArticleBody Assemble(PageModel page, int container, string? title = null, IReadOnlyList<string>? authors = null)
    {
        var removed = new Dictionary<string, int>();
        CountRemovedElements(page, removed);
        if (container < 0) return new ArticleBody("", [], 0, removed, null);

        var root = page.Elements[container];
        var elements = CollectionsMarshal.AsSpan(page.Elements);
        var blocks = CollectionsMarshal.AsSpan(page.Blocks);
        var kept = new List<(int Block, string Text)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Syndication? syndication = null;
        var printedAuthors = new List<string>();
        bool proseKept = false;
        for (int i = root.FirstBlock; i < root.EndBlock; i++)
        {
            ref readonly var b = ref blocks[i];
            ref readonly var owner = ref elements[b.Owner];
            // A byline element removed by its class ("<div class=byline>By Samuel Clemens</div>") still names the writer.
            if (owner.Removed == BoilerplateKind.Byline && !proseKept && printedAuthors.Count == 0)
                printedAuthors.AddRange(Metadata.BodyByline.PeopleInShortByline(page.TextOf(b).Trim()));
            if (owner.Removed != BoilerplateKind.None || owner.Excluded) continue;
            var kind = Classify(page, b, out var blockText, ref syndication);
            if (kind == BoilerplateKind.None && blockText.Length > 20 && !seen.Add(blockText)) kind = BoilerplateKind.Duplicate;
            if (kind != BoilerplateKind.None)
            {
                Add(removed, kind);
                // A heading right before a dropped link list or teaser is that list's title ("More on this topic").
                if (kind is BoilerplateKind.Links or BoilerplateKind.Related && kept.Count > 0 && blocks[kept[^1].Block].Kind == ParagraphKind.Heading)
                    kept.RemoveAt(kept.Count - 1);
                continue;
            }
            kept.Add((i, blockText));
            proseKept |= ContentSelector.IsProse(b) && b.Kind != ParagraphKind.Heading;
        }
        CutAtEndTitle(blocks, kept, removed);
        TrimTail(blocks, kept, removed);
        if (authors is { Count: > 0 }) DropAuthorBio(blocks, kept, removed, authors);
        DropLeadingBylines(blocks, kept, removed, printedAuthors);
        if (title is not null) DropHeadline(blocks, kept, removed, title);

        var text = new StringBuilder();
        var paragraphs = new List<Paragraph>(kept.Count);
        int prose = 0;
        foreach (var (i, blockText) in kept)
        {
            if (text.Length > 0) text.Append("\n\n");
            paragraphs.Add(new Paragraph(new TextSpan(text.Length, blockText.Length), blocks[i].Kind));
            text.Append(blockText);
            if (ContentSelector.IsProse(blocks[i])) prose += blocks[i].Weight - blocks[i].LinkLength;
        }
        return new ArticleBody(text.ToString(), paragraphs, prose, removed, syndication) { PrintedAuthors = printedAuthors };
    }

    /// <summary>The headings above the first running text of the container, closest first, at most
    /// <see cref="MaxBlocksAboveText"/> blocks up, furniture skipped.</summary>
    public static IEnumerable<string> HeadingsAboveText(PageModel page, int container)
    {
        if (container < 0) yield break;
        int first = -1;
        var root = page.Elements[container];
        for (int i = root.FirstBlock; i < root.EndBlock && first < 0; i++)
        {
            var b = page.Blocks[i];
            var owner = page.Elements[b.Owner];
            if (owner.Removed == BoilerplateKind.None && !owner.Excluded && b.Kind != ParagraphKind.Heading && ContentSelector.IsProse(b)) first = i;
        }
        for (int k = first - 1; k >= Math.Max(0, first - MaxBlocksAboveText); k--)
            if (page.Blocks[k].Kind == ParagraphKind.Heading && page.Elements[page.Blocks[k].Owner] is { Removed: BoilerplateKind.None, Excluded: false }
                && Metadata.TitleChooser.Normalize(page.TextOf(page.Blocks[k])) is { } heading)
                yield return heading;
    }

    private const int MaxBlocksAboveText = 10;

    /// <summary>Drops the headline when it is the title (the title field carries it), with the short labels printed
    /// above it (a kicker such as "Opinion", a section name): where templates put the h1, inside or outside the
    /// chosen container, would otherwise decide whether the text starts with it.</summary>
    private static void DropHeadline(ReadOnlySpan<TextBlock> blocks, List<(int Block, string Text)> kept, Dictionary<string, int> removed, string title)
    {
        for (int k = 0; k < Math.Min(kept.Count - 1, MaxBlocksBeforeHeadline + 1); k++)
        {
            ref readonly var b = ref blocks[kept[k].Block];
            if (b.Kind == ParagraphKind.Heading && string.Equals(string.Join(' ', kept[k].Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), title, StringComparison.OrdinalIgnoreCase))
            {
                kept.RemoveRange(0, k + 1);
                removed["title"] = removed.GetValueOrDefault("title") + k + 1;
                return;
            }
            if (ContentSelector.IsProse(b) || b.Length > MaxLabelAboveHeadline) return;
        }
    }

    private const int MaxBlocksBeforeHeadline = 2;
    private const int MaxLabelAboveHeadline = 40;

    /// <summary>Drops dates and bylines standing alone before the first paragraph of running text ("March 4, 2025",
    /// "04.03.2025 09:15 Uhr", "Von Anna Beispiel"): the article's dateline and byline, which metadata carries. Inside
    /// the article such a line stays (a timeline's entry, a live blog's update).</summary>
    /// <param name="people">Filled with the people the first byline names, unless it already holds some.</param>
    private static void DropLeadingBylines(ReadOnlySpan<TextBlock> blocks, List<(int Block, string Text)> kept, Dictionary<string, int> removed, List<string> people)
    {
        for (int k = 0; k < kept.Count; k++)
        {
            // A heading is a title even when it reads as a date ("September 11, 2001") or a byline ("By The Numbers"),
            // and a long headline is not yet the running text.
            if (blocks[kept[k].Block].Kind == ParagraphKind.Heading) continue;
            if (ContentSelector.IsProse(blocks[kept[k].Block])) break;
            bool date = IsDateline(kept[k].Text);
            if (!date && !Metadata.BodyByline.IsShortByline(kept[k].Text)) continue;
            if (!date && people.Count == 0) people.AddRange(Metadata.BodyByline.PeopleInShortByline(kept[k].Text));
            kept.RemoveAt(k--);
            var kind = date ? "dateline" : "byline";
            removed[kind] = removed.GetValueOrDefault(kind) + 1;
        }
    }

    private const int MaxBareDateLength = 40;

    /// <summary>A date alone, maybe after a label: "March 4, 2025", "Published March 3, 2024", "Publié le 25 avril
    /// 2024 à 07h12", "Aktualisiert am 3. Mai 2024, 14:05 Uhr".</summary>
    internal static bool IsDateline(string text)
    {
        var label = DateLabel().Match(text);
        return IsBareDate(label.Success ? text[label.Length..] : text);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:published|updated|posted|last updated|veröffentlicht|aktualisiert|erschienen|publié|mis à jour|publicado|actualizado)(?:\s+(?:on|am|le|el))?\s*:?\s*", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DateLabel();

    /// <summary>A short text made only of a date (and maybe a time): digits, separators, month and weekday names,
    /// and time words.</summary>
    internal static bool IsBareDate(string text)
    {
        if (text.Length > MaxBareDateLength || !Metadata.MetaDate.TryParse(text, out _)) return false;
        foreach (var word in text.Split([' ', ',', '|', '/', '-', '–', '·', '•'], StringSplitOptions.RemoveEmptyEntries))
        {
            var w = word.Trim('.', ':', '(', ')');
            if (w.Length == 0 || w.AsSpan().IndexOfAnyExcept("0123456789.:年月日時时分秒년월일시분초") < 0) continue;
            if (FrenchTime().IsMatch(w)) continue;
            if (Metadata.MetaVocabulary.Months.ContainsKey(w) || DateWords.Contains(w)) continue;
            return false;
        }
        return true;
    }

    /// <summary>"07h12", as French pages write the time.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[0-9]{1,2}h[0-9]{2}$")]
    private static partial System.Text.RegularExpressions.Regex FrenchTime();

    private static readonly FrozenSet<string> DateWords = new[]
    {
        "uhr", "am", "pm", "a.m", "p.m", "à", "um", "at", "utc", "gmt", "cet", "cest", "est", "edt", "pst", "pdt", "bst", "de", "del", "le", "h",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Cuts the body at a title of what follows an article ("Related articles", "Über den Autor") once most
    /// of the running text lies before it: the sections after such a title are teasers and blurbs.</summary>
    private static void CutAtEndTitle(ReadOnlySpan<TextBlock> blocks, List<(int Block, string Text)> kept, Dictionary<string, int> removed)
    {
        int total = 0;
        foreach (var (i, _) in kept) if (ContentSelector.IsProse(blocks[i])) total += blocks[i].Length;
        int before = 0;
        for (int k = 0; k < kept.Count; k++)
        {
            ref readonly var b = ref blocks[kept[k].Block];
            if (ContentSelector.IsProse(b)) { before += b.Length; continue; }
            if (b.Length > 60 || before < total * ContentTuning.EndTitleProseShare) continue;
            if (!BoilerplatePhrases.EndOfArticle().IsMatch(kept[k].Text)) continue;
            removed["related"] = removed.GetValueOrDefault("related") + kept.Count - k;
            kept.RemoveRange(k, kept.Count - k);
            return;
        }
    }

    /// <summary>Drops short non-prose blocks after the last paragraph of running text: section titles, dates,
    /// credits and labels that trail an article inside its container.</summary>
    private static void TrimTail(ReadOnlySpan<TextBlock> blocks, List<(int Block, string Text)> kept, Dictionary<string, int> removed)
    {
        int last = kept.Count - 1;
        while (last >= 0 && !ContentSelector.IsProse(blocks[kept[last].Block])) last--;
        if (last < 0) return;
        // One short closing sentence right after the last paragraph belongs to the story; labels between do not.
        if (last + 1 < kept.Count && IsClosingSentence(blocks[kept[last + 1].Block], kept[last + 1].Text)) last++;
        int dropped = kept.Count - 1 - last;
        if (dropped == 0) return;
        kept.RemoveRange(last + 1, dropped);
        removed["trailing"] = removed.GetValueOrDefault("trailing") + dropped;
    }

    /// <summary>Drops a last paragraph about the writer ("Jane Roe covers the economy for The Herald. Follow her on
    /// X."): it starts with an author's full name and a lower-case word, and is short. A story that ends by quoting
    /// its own writer is rare; a bio box after the text is common.</summary>
    private static void DropAuthorBio(ReadOnlySpan<TextBlock> blocks, List<(int Block, string Text)> kept, Dictionary<string, int> removed, IReadOnlyList<string> authors)
    {
        if (kept.Count < 2) return;
        var (block, text) = kept[^1];
        if (blocks[block].Kind != ParagraphKind.Body || text.Length > MaxAuthorBioLength) return;
        foreach (var author in authors)
        {
            if (!author.Contains(' ') || !text.StartsWith(author, StringComparison.Ordinal) || text.Length <= author.Length + 2) continue;
            if (text[author.Length] != ' ' || !char.IsLower(text[author.Length + 1])) continue;
            kept.RemoveAt(kept.Count - 1);
            removed["byline"] = removed.GetValueOrDefault("byline") + 1;
            return;
        }
    }

    private const int MaxAuthorBioLength = 400;

    /// <summary>A short last paragraph that is a whole sentence ("No injuries were reported.", "The company did not
    /// respond to a request for comment."): news stories often end so. Labels, credits and link lines are not
    /// sentences: they lack the capital, the full stop, the words, or carry links.</summary>
    private static bool IsClosingSentence(in TextBlock b, string text)
    {
        if (b.Kind != ParagraphKind.Body || b.LinkLength > 0 || b.Weight < MinClosingSentenceLength) return false;
        var end = text.AsSpan().TrimEnd("\"”’»)」』");
        // Chinese and Japanese sentences end with their own full stop and have neither capitals nor spaces.
        if (b.Wide * 2 > b.Length) return end.Length > 0 && end[^1] is '。' or '！' && !text.Contains('：');
        if (!char.IsUpper(text[0]) || end.IsEmpty || end[^1] is not ('.' or '!')) return false;
        int words = 1;
        foreach (var c in text) if (c == ' ') words++;
        // A line to the reader ("Möchten Sie den Artikel teilen", "Pour accéder en illimité") or about the writer
        // ("Perry Bacon Jr. is a senior writer for …") closes the page, not the story.
        return words >= MinClosingSentenceWords && !text.Contains(':') && !BoilerplatePhrases.AddressesReader().IsMatch(text)
            && !AuthorBio().IsMatch(text);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:is|was|ist|est|es) (?:(?:a|an|the|ein|eine|un|une|una) )?.{0,40}?(?:writer|reporter|editor|correspondent|contributor|journalist|columnist|autor|autorin|redakteur|redakteurin|korrespondent|korrespondentin|journaliste|periodista)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AuthorBio();

    private const int MinClosingSentenceLength = 20;
    private const int MinClosingSentenceWords = 4;

    /// <summary>A newsletter or cookie phrase marks furniture when the block is a call to the reader: it starts with
    /// the phrase ("Subscribe to…", "Cookies help us…"), is a short label, addresses the reader ("your", "Sie",
    /// "our"), or speaks as furniture does without addressing anyone (<paramref name="furnitureVoice"/>: "this site
    /// uses", "si continúa navegando"; "daily", "free", "every morning"). News sentences about consent or
    /// subscriptions report on third parties and stay.</summary>
    private static bool IsCallToAction(System.Text.RegularExpressions.Match phrase, string text, System.Text.RegularExpressions.Regex furnitureVoice)
        => phrase.Success && (phrase.Index == 0 || text.Length <= MaxBareCallLength
            || BoilerplatePhrases.AddressesReader().IsMatch(text) || furnitureVoice.IsMatch(text));

    /// <summary>A block this short with a newsletter or cookie phrase is a label or button, whatever its wording.</summary>
    private const int MaxBareCallLength = 80;

    /// <summary>Furniture kind of a block found by its own text, or None to keep it.</summary>
    private static BoilerplateKind Classify(PageModel page, in TextBlock b, out string text, ref Syndication? syndication)
    {
        text = page.TextOf(b);
        if (b.Kind != ParagraphKind.Table && b.LinkLength > b.Length * ContentTuning.DropLinkDensity)
            return BoilerplateKind.Links;
        if (b.Length > BoilerplatePhrases.MaxPhraseBlockLength) return BoilerplateKind.None;
        var span = text.AsSpan();
        if (BoilerplatePhrases.VideoDebris().IsMatch(span)) return BoilerplateKind.Video;
        if (BoilerplatePhrases.AdLabel().IsMatch(span)) return BoilerplateKind.Ads;
        var match = BoilerplatePhrases.Syndication().Match(text);
        if (match.Success)
        {
            var source = BoilerplatePhrases.PublisherName(match.Groups["source"].Value);
            bool isUrl = source.StartsWith("http", StringComparison.OrdinalIgnoreCase);
            syndication ??= new Syndication(isUrl ? null : source, isUrl ? source : null, text);
            return BoilerplateKind.Syndication;
        }
        if (BoilerplatePhrases.Share().IsMatch(span)) return BoilerplateKind.Share;
        if (BoilerplatePhrases.Related().IsMatch(span)) return BoilerplateKind.Related;
        if (IsCallToAction(BoilerplatePhrases.Newsletter().Match(text), text, BoilerplatePhrases.NewsletterPromise())) return BoilerplateKind.Newsletter;
        if (IsCallToAction(BoilerplatePhrases.Cookie().Match(text), text, BoilerplatePhrases.SiteSpeaks())) return BoilerplateKind.Cookie;
        if (BoilerplatePhrases.Notice().IsMatch(span)) return BoilerplateKind.Notice;
        if (b.Length <= ContentTuning.MaxCreditLength && b.Kind != ParagraphKind.Heading && BoilerplatePhrases.ImageCredit().IsMatch(span)) return BoilerplateKind.Caption;
        return BoilerplateKind.None;
    }

    private static void CountRemovedElements(PageModel page, Dictionary<string, int> removed)
    {
        var elements = CollectionsMarshal.AsSpan(page.Elements);
        foreach (ref readonly var e in elements)
        {
            if (e.Removed == BoilerplateKind.None) continue;
            if (e.Parent >= 0 && elements[e.Parent].Removed != BoilerplateKind.None) continue;
            if (e.FirstBlock == e.EndBlock) continue; // empty markup is not worth counting
            Add(removed, e.Removed);
        }
    }

    private static void Add(Dictionary<string, int> removed, BoilerplateKind kind)
    {
        var key = KindName(kind);
        removed[key] = removed.GetValueOrDefault(key) + 1;
    }

    public static string KindName(BoilerplateKind kind) => kind switch
    {
        BoilerplateKind.Navigation => "navigation",
        BoilerplateKind.Cookie => "cookie",
        BoilerplateKind.Share => "share",
        BoilerplateKind.Related => "related",
        BoilerplateKind.Comments => "comments",
        BoilerplateKind.Ads => "ads",
        BoilerplateKind.Sponsored => "sponsored",
        BoilerplateKind.Newsletter => "newsletter",
        BoilerplateKind.Video => "video",
        BoilerplateKind.Byline => "byline",
        BoilerplateKind.Hidden => "hidden",
        BoilerplateKind.Syndication => "syndication",
        BoilerplateKind.Duplicate => "duplicate",
        BoilerplateKind.Links => "links",
        BoilerplateKind.Caption => "caption",
        BoilerplateKind.Notice => "notice",
        _ => "markup",
    };
}
