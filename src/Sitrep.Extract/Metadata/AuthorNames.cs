using System.Text.RegularExpressions;

namespace Sitrep.Extract.Metadata;

/// <summary>Turns raw author strings ("By Jane Roe and John Doe | 3 May 2024", "Von Anna Berg, Berlin") into
/// clean names: strips byline prefixes, cuts trailing dates and separators, splits several names, and drops
/// URLs, e-mail addresses, roles and anything too long to be a name.</summary>
internal static partial class AuthorNames
{
    private const int MaxNameLength = 60;
    private const int MaxNameWords = 6;
    /// <summary>A credit label before a colon ("Text und Fotos:") has at most this many words.</summary>
    private const int MaxLabelWords = 4;

    /// <param name="printed">The text is a byline printed on the page, which may run on into other credits and the
    /// rest of a sentence; names from structured data ("Council on Foreign Relations") are not cut.</param>
    internal static void AddCleaned(string? raw, List<string> into, bool printed = false)
    {
        if (string.IsNullOrWhiteSpace(raw)) return;
        var s = WhitespaceRegex().Replace(raw, " ").Trim();
        if (LooksLikeUrl(s) || s.StartsWith('©') || s.StartsWith("copyright", StringComparison.OrdinalIgnoreCase)) return;
        s = WithoutAddress(s);
        if (AddNames(s, into, printed) > 0) return;
        // "Posted on September 21, 2020 by Adi Tzlil": the names follow a byline word inside the text.
        var inner = InnerBylineRegex().Match(s);
        if (inner.Success) AddNames(s[(inner.Index + inner.Length)..], into, printed);
    }

    /// <summary>"Kirche und Leben, Münster, Germany": a country at the end, and a one-word city before it, are an
    /// address, not further authors; "Max Muster, Anna Berg, Germany" keeps both people.</summary>
    private static string WithoutAddress(string s)
    {
        int last = s.LastIndexOf(',');
        if (last < 0 || !MetaVocabulary.AddressCountries.Contains(s.AsSpan(last + 1).Trim().TrimEnd('.').ToString())) return s;
        var rest = s[..last].TrimEnd();
        int before = rest.LastIndexOf(',');
        return before > 0 && !rest.AsSpan(before + 1).Trim().Contains(' ') ? rest[..before].TrimEnd() : rest;
    }

    private static int AddNames(string s, List<string> into, bool printed)
    {
        int added = 0;
        s = StripPrefix(CutAtDate(WithoutCreditLabel(printed ? CutAtCredit(s) : s)));
        foreach (var part in s.Split(MetaVocabulary.AuthorSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var trimmed = WithoutRolePrefix(WithoutTrailingButton(TrimName(WithoutHandle(StripPrefix(WithoutCreditLabel(part))))));
            var name = WithoutRepeat(printed ? WithoutRestOfSentence(trimmed) : trimmed);
            if (IsName(name) && !Contains(into, name)) { into.Add(name); added++; }
        }
        return added;
    }

    /// <summary>A job title standing where a name would ("Senior Correspondent", "Environment correspondent").</summary>
    private static bool IsRole(string s)
    {
        int space = s.LastIndexOf(' ');
        var last = space < 0 ? s : s[(space + 1)..];
        foreach (var role in MetaVocabulary.RoleNouns)
            if (last.Equals(role, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>"FOCUS-Online-Experte Robin Tschöpe": a compound job title before the name.</summary>
    private static string WithoutRolePrefix(string name)
    {
        int space = name.IndexOf(' ');
        if (space <= 0 || name.IndexOf('-', 0, space) < 0) return name;
        var first = name.AsSpan(0, space);
        foreach (var role in MetaVocabulary.RoleNouns)
            if (first.EndsWith(role, StringComparison.OrdinalIgnoreCase) && first[^(role.Length + 1)] == '-') return name[(space + 1)..];
        return name;
    }

    /// <summary>"Kristen Falc'hon Kristen Falc'hon": templates print the name twice (a mobile and a desktop copy),
    /// which reads as one name.</summary>
    private static string WithoutRepeat(string name)
    {
        int half = name.Length / 2;
        // Each copy must be a full name of two words or more: "R. R." is one person's initials.
        return name.Length % 2 == 1 && name[half] == ' ' && name.AsSpan(0, half).Contains(' ') && name.AsSpan(0, half).SequenceEqual(name.AsSpan(half + 1))
            ? name[..half] : name;
    }

    /// <summary>"Interview: Julia Lauter" and "Text und Fotos: Anna Schmidt" name the author after their label;
    /// "Foto: Michael Hudler" and "Illustration: Adriaan Prent" credit someone else and are dropped (the colon
    /// makes IsName refuse them).</summary>
    private static string WithoutCreditLabel(string s)
    {
        // The first colon, after a word: "10:00" in "Von Ann Roe am 3.5., 10:00" is a time, not a label.
        int colon = s.IndexOf(':');
        if (colon <= 0 || !char.IsLetter(s[colon - 1])) return s;
        var labels = MetaVocabulary.AuthorLabels.GetAlternateLookup<ReadOnlySpan<char>>();
        var label = s.AsSpan(0, colon);
        if (label.Count(' ') >= MaxLabelWords) return s;
        foreach (var range in label.Split(' '))
            if (labels.Contains(label[range])) return s[(colon + 1)..];
        return s;
    }

    /// <summary>"Williams Perdomo @wperdomod": a social-media handle after a name is not part of it.</summary>
    private static string WithoutHandle(string s)
    {
        int at = s.LastIndexOf(" @", StringComparison.Ordinal);
        return at > 0 && s.IndexOf(' ', at + 2) < 0 ? s[..at] : s;
    }

    /// <summary>Job titles written after the name in Japanese, Chinese and Korean bylines ("山田 花子 記者").</summary>
    private static readonly string[] CjkRoleSuffixes = ["編集委員", "特派員", "記者", "记者", "编辑", "기자", "특파원"];

    private static string WithoutTrailingButton(string s)
    {
        foreach (var role in CjkRoleSuffixes)
            if (s.Length > role.Length + 1 && s.EndsWith(role, StringComparison.Ordinal)) return s[..^role.Length].TrimEnd();
        int last = s.LastIndexOf(' ');
        if (last < 0 || s.AsSpan(0, last).Count(' ') < 1) return s;
        return MetaVocabulary.BylineButtonWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.AsSpan(last + 1)) ? s[..last] : s;
    }

    /// <summary>Drops another person's credit after the names ("Christian Seiler Illustration von Markus Roost").</summary>
    private static string CutAtCredit(string s)
    {
        var m = CreditRegex().Match(s);
        if (m.Success && m.Index > 0) s = s[..m.Index];
        // An author box's link to the archive repeats the name ("Martin Junker Alles von Martin Junker").
        m = MoreByRegex().Match(s);
        return m.Success && m.Index > 0 && s.AsSpan(m.Index + m.Length).Trim().StartsWith(s.AsSpan(0, m.Index).Trim(), StringComparison.OrdinalIgnoreCase)
            ? s[..m.Index] : s;
    }

    /// <summary>A preposition after a capitalised name starts the rest of the sentence ("Posted by Ann Roe under
    /// News"), which is cut off. Other lower-case words stay: some people write their surname so ("Mobasir hassan").</summary>
    private static string WithoutRestOfSentence(string t)
    {
        if (t.Length == 0 || !char.IsUpper(t[0])) return t;
        for (int space = t.IndexOf(' '); space > 0; space = t.IndexOf(' ', space + 1))
        {
            int next = t.IndexOf(' ', space + 1);
            if (IsTrailingWord(t.AsSpan(space + 1, (next < 0 ? t.Length : next) - space - 1))) return t[..space];
        }
        return t;
    }

    /// <summary>Trims punctuation around a name but keeps the dot of a final initial or suffix ("Joe S.", "Jr.").</summary>
    private static string TrimName(string s)
    {
        var t = s.Trim(' ', ':', '-', '–', '—', '|', '·', '•', '(', ')', '"', '\'', '*', ',', '→', '»', '›');
        int lastSpace = t.LastIndexOf(' ');
        bool keepDot = t.EndsWith('.') && t.Length - lastSpace - 1 <= 3 && lastSpace > 0;
        return keepDot ? t : t.TrimEnd('.').Trim();
    }

    /// <summary>Removes organisation entries (the site's own name, a domain) from a list that also holds people.</summary>
    internal static void DropOrganisations(List<string> names, string? siteName, string? host)
    {
        if (names.Count < 2) return;
        var kept = names.FindAll(n => !IsSiteOrOwner(n, siteName, host) && !MetaVocabulary.NewsAgencies.Contains(n));
        if (kept.Count == 0) return;
        names.Clear();
        names.AddRange(kept);
    }

    /// <summary>Whether a name stands for the site or its owner: the site itself (see <see cref="IsTheSiteItself"/>)
    /// or a part of its host ("Jobs", "Hire" on jobsnhire.com; "Heiko" on heiko-adams.de, which may be the blogger).</summary>
    internal static bool IsSiteOrOwner(string name, string? siteName, string? host)
        => IsOrganisation(name, siteName) || host is not null && host.Contains(name.Replace(" ", ""), StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a name is the site as a whole: a domain, an account, a company, its stated name, or its
    /// host's main label written as one word ("CyberCook" on cybercook.com.br).</summary>
    internal static bool IsTheSiteItself(string name, string? siteName, string? host)
    {
        if (IsOrganisation(name, siteName)) return true;
        // A person's name may be the site's address (Tim Harford on timharford.com); a one-word brand is the site.
        if (host is null || name.Contains(' ')) return false;
        var label = HostNames.MainLabel(host);
        int i = 0;
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c)) continue;
            if (i >= label.Length || char.ToLowerInvariant(c) != char.ToLowerInvariant(label[i])) return false;
            i++;
            while (i < label.Length && label[i] == '-') i++;
        }
        return i == label.Length;
    }

    /// <summary>A domain, a social-media account ("@NatGeoUK" in article:author), a company, or the site's name.</summary>
    private static bool IsOrganisation(string name, string? siteName)
        => IsDomainLike(name) || name.StartsWith('@') || IsCompany(name) || siteName is not null && name.Equals(siteName, StringComparison.OrdinalIgnoreCase);

    /// <summary>A company by its legal form ("wegewerk GmbH", "NATURSTROM AG"): the publisher or the agency that
    /// built the site, not a writer.</summary>
    internal static bool IsCompany(string name)
    {
        var trimmed = name.TrimEnd('.');
        int space = trimmed.LastIndexOf(' ');
        return space > 0 && (MetaVocabulary.LegalForms.Contains(trimmed[(space + 1)..]) || trimmed.EndsWith(" e. V", StringComparison.Ordinal));
    }

    private static bool IsDomainLike(string s) => !s.Contains(' ') && s.Contains('.') && s.LastIndexOf('.') < s.Length - 2;

    private static bool Contains(List<string> list, string name)
    {
        foreach (var x in list) if (x.Equals(name, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool IsName(string s)
    {
        // A colon left in a name belongs to another credit ("Illustration: Adriaan Prent").
        if (s.Length < 2 || s.Length > MaxNameLength || LooksLikeUrl(s) || HoldsUrl(s) || s.Contains('@') && !s.StartsWith('@') || s.Contains(':')) return false;
        if (MetaVocabulary.NonNameWords.Contains(s) || IsRole(s)) return false;
        foreach (var verb in MetaVocabulary.CommentVerbs)
            if (s.EndsWith(verb, StringComparison.OrdinalIgnoreCase)) return false;
        if (s.Contains('(') != s.Contains(')')) return false;
        int words = 1, letters = 0, digits = 0;
        foreach (var c in s)
        {
            if (c == ' ') words++;
            else if (char.IsLetter(c)) letters++;
            else if (char.IsDigit(c)) digits++;
        }
        // A one-word handle may carry digits ("Bo2man", "freeman1984"); a name of several words does not.
        return words <= MaxNameWords && letters >= 2 && (digits == 0 || words == 1 && letters >= 3 && digits <= 4 && char.IsLetter(s[0]));
    }

    private static bool LooksLikeUrl(string s) => s.StartsWith("http", StringComparison.OrdinalIgnoreCase) || s.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || s.StartsWith('/');

    /// <summary>A web address inside a name ("Web Commerce GmbH www.w-commerce.de") makes it a credit, not a name.</summary>
    private static bool HoldsUrl(string s) => s.Contains("www.", StringComparison.OrdinalIgnoreCase) || s.Contains("://", StringComparison.Ordinal);

    private static string StripPrefix(string s)
    {
        foreach (var prefix in MetaVocabulary.BylinePrefixes)
        {
            if (!s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = s.AsSpan(prefix.Length);
            // "By" must be a word of its own: "Byron Smith" keeps its name.
            // A phrase glued to a link's text ("Veröffentlicht vonChris Jung") still counts when a capital follows.
            bool glued = prefix.Contains(' ') && rest.Length > 0 && char.IsUpper(rest[0]);
            if (!prefix.EndsWith(':') && !glued && rest.Length > 0 && char.IsLetter(rest[0])) continue;
            return rest.TrimStart(" :").ToString();
        }
        return s;
    }

    /// <summary>Drops what follows the names: a date, a time, or a "| Updated …" tail, with the date's label or
    /// weekday ("Stand:", "Fr,").</summary>
    private static string CutAtDate(string s)
    {
        var m = TailRegex().Match(s);
        if (!m.Success || m.Index == 0) return s;
        var before = s.AsSpan(0, m.Index).TrimEnd();
        var rest = before.TrimEnd(" ,:");
        int last = rest.LastIndexOf(' ');
        // "Stand:" and "Datum:" label the date only with their colon; a weekday ("Fr,") only when two name words stay,
        // as Do, Mo and Sa are also surnames ("Anh Do 12.03.2024").
        if (last > 0)
        {
            var word = rest[(last + 1)..].ToString();
            if (MetaVocabulary.DateLabelWords.Contains(word) && before.EndsWith(":")
                || MetaVocabulary.WeekdayAbbreviations.Contains(word) && rest[..last].Trim().Contains(' '))
                rest = rest[..last];
        }
        return rest.Trim().ToString();
    }

    [GeneratedRegex(@"\s(?:by|von|par|por|di)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InnerBylineRegex();

    private static bool IsTrailingWord(ReadOnlySpan<char> word)
        => MetaVocabulary.TrailingBylineWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>A credit for pictures after the names: "Illustration von …", "Fotos: …", "Photo by …", but not
    /// "Text und Fotos: …" (one person credited for both) nor a surname such as Camera.</summary>
    [GeneratedRegex(@"(?<!\b(?:and|und|&|et|y)\s*)\s(?:Illustrations?|Illustrationen|Fotos?|Photos?|Bilder?|Grafiken?)(?=\s*:|\s+(?:by|von|de|par|por)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex CreditRegex();

    [GeneratedRegex(@"\s(?:(?:view\s+)?all\s+(?:posts|articles|stories)\s+by|more\s+(?:from|by)|alles\s+von|alle\s+(?:artikel|beitr[äa]ge)\s+von|mehr\s+von|weitere\s+(?:artikel|beitr[äa]ge|texte)\s+von|plus\s+d'articles\s+de)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoreByRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRegex();

    [GeneratedRegex(@"\s*(?:\||•|·|—|–| - |\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|\b(?:updated|published|posted|aktualisiert|veröffentlicht|publicado|actualizado|publié|mis à jour|am|on|le|el)\s+\d|\bam\s+\d|\b\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}|\b\d{1,2}:\d{2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TailRegex();
}
