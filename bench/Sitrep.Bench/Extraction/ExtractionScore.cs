using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Bench.Extraction;

/// <summary>Segment counts and metadata hits for one extractor over the set, scored by the dataset README's rule.</summary>
public sealed partial class ExtractionScore
{
    public int TP, FP, FN, TN;
    public int TitleHits, TitleTotal, AuthorHits, AuthorTotal, DateHits, DateTotal;
    /// <summary>Pages annotated as naming no author, and those where the extractor named none either.</summary>
    public int NoAuthorHits, NoAuthorTotal;
    public List<(string Id, int Misses, List<string> MissedWith, List<string> FoundWithout)> PerPage { get; } = [];
    /// <summary>Metadata misses: field ("title", "date", "author"), page, annotated value, extracted value.</summary>
    public List<(string Field, string Id, string Expected, string? Actual)> MetaMisses { get; } = [];

    public double Precision => TP + FP == 0 ? 0 : (double)TP / (TP + FP);
    public double Recall => TP + FN == 0 ? 0 : (double)TP / (TP + FN);
    public double F1 => 2.0 * TP + FP + FN == 0 ? 0 : 2.0 * TP / (2.0 * TP + FP + FN);
    public double Accuracy => TP + TN + FP + FN == 0 ? 0 : (double)(TP + TN) / (TP + TN + FP + FN);
    public double TitleAccuracy => TitleTotal == 0 ? 0 : (double)TitleHits / TitleTotal;
    public double AuthorAccuracy => AuthorTotal == 0 ? 0 : (double)AuthorHits / AuthorTotal;
    public double NoAuthorAccuracy => NoAuthorTotal == 0 ? 0 : (double)NoAuthorHits / NoAuthorTotal;
    public double DateAccuracy => DateTotal == 0 ? 0 : (double)DateHits / DateTotal;

    public void Add(ExtractionPage page, ExtractionOutput? output)
    {
        var text = Normalize(output?.Text ?? "");
        var missed = new List<string>();
        var found = new List<string>();
        foreach (var w in page.With)
            if (text.Length > 0 && text.Contains(Normalize(w), StringComparison.Ordinal)) TP++; else { FN++; missed.Add(w); }
        foreach (var w in page.Without)
            if (text.Length > 0 && text.Contains(Normalize(w), StringComparison.Ordinal)) { FP++; found.Add(w); } else TN++;
        if (missed.Count + found.Count > 0) PerPage.Add((page.Id, missed.Count + found.Count, missed, found));

        if (page.Title is not null)
        {
            TitleTotal++;
            if (string.Equals(output?.Title?.Trim(), page.Title, StringComparison.Ordinal)) TitleHits++;
            else MetaMisses.Add(("title", page.Id, page.Title, output?.Title));
        }
        if (page.Date is not null)
        {
            DateTotal++;
            if (output?.Date == page.Date) DateHits++; else MetaMisses.Add(("date", page.Id, page.Date, output?.Date));
        }
        if (page.Author is not null)
        {
            AuthorTotal++;
            var expected = NameSet(NameJoin().Split(page.Author));
            var actual = NameSet(output?.Authors ?? []);
            if (expected.SetEquals(actual)) AuthorHits++;
            else MetaMisses.Add(("author", page.Id, page.Author, output is null ? null : string.Join(';', output.Authors)));
        }
        else if (page.HasMeta)
        {
            NoAuthorTotal++;
            if (output is null || output.Authors.Count == 0) NoAuthorHits++;
            else MetaMisses.Add(("author", page.Id, "(none)", string.Join(';', output.Authors)));
        }
    }

    /// <summary>The share of annotated titles that occur in their page as written (case included), in its text or
    /// its attributes: the most any extractor reading the HTML could reach. The rest were annotated from another
    /// version of the page or copied with the capitals a stylesheet gives them.</summary>
    public static double TitleReachable(IEnumerable<ExtractionPage> pages)
    {
        int total = 0, reachable = 0;
        foreach (var page in pages.Where(p => p.Title is not null))
        {
            total++;
            var title = Normalize(page.Title!);
            // In the markup (attributes included) or in the text between tags (a title split by inline tags).
            var withTags = Normalize(WebUtility.HtmlDecode(page.Html));
            var withoutTags = Normalize(WebUtility.HtmlDecode(Tag().Replace(page.Html, " ")));
            if (withTags.Contains(title, StringComparison.Ordinal) || withoutTags.Contains(title, StringComparison.Ordinal)) reachable++;
        }
        return total == 0 ? 0 : (double)reachable / total;
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    private static HashSet<string> NameSet(IEnumerable<string> names)
        => [.. names.Select(n => n.Trim()).Where(n => n.Length > 0)];

    /// <summary>Where the annotators join several authors: "A und B", "A, B & C", rarely "A;B". Only the annotation is
    /// split; an extractor that returns "A and B" as one name is wrong.</summary>
    [GeneratedRegex(@"\s*(?:[;,&]|\s(?:and|und|et|y)\s)\s*")]
    private static partial Regex NameJoin();

    /// <summary>Every run of whitespace becomes one space; leading and trailing space go.</summary>
    public static string Normalize(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
