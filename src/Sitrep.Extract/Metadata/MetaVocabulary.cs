using System.Buffers;
using System.Collections.Frozen;

namespace Sitrep.Extract.Metadata;

/// <summary>Heuristic vocabularies for metadata, kept apart from the algorithm (trafilatura's xpaths.py habit).
/// Names are lower-case; lookups are case-insensitive. Order inside a group is priority order.</summary>
internal static class MetaVocabulary
{
    /// <summary>&lt;meta&gt; names/properties carrying the article title, best first.</summary>
    internal static readonly string[] TitleNames =
        ["og:title", "twitter:title", "dc.title", "dcterms.title", "citation_title", "sailthru.title", "parsely-title", "title", "headline"];

    internal static readonly string[] AuthorNames =
        ["author", "article:author", "dc.creator", "dcterms.creator", "citation_author", "sailthru.author", "parsely-author", "byl", "twitter:creator:name", "og:article:author", "creator"];

    /// <summary>Meta names for the publication date, best first (htmldate's and trafilatura's lists, trimmed).</summary>
    internal static readonly string[] PublishedNames =
    [
        "article:published_time", "og:article:published_time", "article:published", "datepublished", "published_time",
        "pubdate", "publishdate", "publish-date", "publish_date", "published-date", "date_published", "publication_date",
        "sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
        "dc.date", "dcterms.date", "citation_publication_date", "citation_date", "originalpublicationdate",
        "article.published", "article_date_original", "cxenseparse:recs:publishtime", "date", "datecreated",
        "og:published_time", "release_date", "created", "displaydate", "dc.date.published", "content_create_date",
    ];

    /// <summary>Publication-date meta names that do not say which date they hold (publication, creation or last
    /// change).</summary>
    internal static readonly FrozenSet<string> GenericDateNames = new[] { "date", "dc.date", "dcterms.date" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    internal static readonly string[] ModifiedNames =
    [
        "article:modified_time", "og:updated_time", "og:article:modified_time", "datemodified", "modified_time", "article:modified",
        "dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "updated_time", "revised", "sailthru.lastmodified",
    ];

    internal static readonly string[] SiteNameNames = ["og:site_name", "application-name", "al:android:app_name", "al:ios:app_name", "publisher", "dc.publisher", "copyright"];
    internal static readonly string[] DescriptionNames = ["og:description", "description", "twitter:description", "dc.description", "dcterms.abstract"];
    internal static readonly string[] ImageNames = ["og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src", "thumbnail", "image"];
    internal static readonly string[] SectionNames = ["article:section", "og:article:section", "section", "parsely-section", "sailthru.section", "category", "dc.subject"];
    internal static readonly string[] TagNames = ["article:tag", "og:article:tag", "news_keywords", "keywords", "parsely-tags", "sailthru.tags"];
    internal static readonly string[] UrlNames = ["og:url", "twitter:url", "parsely-link", "dc.identifier"];
    internal static readonly string[] OriginalSourceNames = ["original-source", "syndication-source", "original_source", "dc.source"];

    /// <summary>Attribute fragments (class or id) that mark byline and date elements in page templates.</summary>
    internal static readonly SearchValues<string> BylineClassHints = Hints(["byline", "author", "autor", "auteur", "autorin", "writer", "verfasser", "firma", "reporter"]);
    /// <summary>Verbs that end a commenter's name in comment lists ("Jane says", "Anna sagt").</summary>
    internal static readonly string[] CommentVerbs = [" says", " said", " sagt", " schreibt", " dice", " dit", " wrote"];

    /// <summary>Class or id fragments of comment sections and customer testimonials, whose author names are not the article's.</summary>
    internal static readonly SearchValues<string> CommentClassHints = Hints(["comment", "kommentar", "respond", "reply", "discussion", "disqus", "testimonial"]);

    /// <summary>Class/id parts of the site's navigation bar, where templates print today's date.</summary>
    internal static readonly string[] NavigationClassHints = ["navigation", "topbar", "metanavigation"];

    /// <summary>Layout words that make a navigation class when joined to "nav" ("navtop", "navbar", "topnav").</summary>
    internal static readonly FrozenSet<string> NavigationCompounds = new[]
    {
        "top", "bar", "wrap", "wrapper", "main", "menu", "sub", "list", "links", "box", "container", "area",
        "holder", "inner", "outer", "header", "global", "site", "primary", "secondary", "block",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How a text that gives the date of the last change begins ("Letzte Änderung: 31.10.2023").</summary>
    internal static readonly string[] UpdateLabels =
        ["letzte änderung", "zuletzt aktualisiert", "zuletzt geändert", "aktualisiert", "geändert", "last updated", "last modified",
         "updated", "modified", "mis à jour", "modifié", "actualizado", "actualizada", "aggiornato"];

    internal static readonly SearchValues<string> DateClassHints = Hints(["publish", "date", "datum", "time", "posted", "fecha", "entry-meta", "post-meta", "article-meta", "meta-info", "dateline", "byline", "zeit"]);

    /// <summary>Prefixes in front of author names (English, German, Spanish, French), longest first.</summary>
    internal static readonly string[] BylinePrefixes =
    [
        "zeige alle beiträge von", "alle beiträge von", "show all articles of", "show all articles by", "see all posts by", "voir tous les articles de",
        "view all posts by", "all posts by", "more posts by", "posts by", "veröffentlicht von", "eingestellt von", "erstellt von", "artikel von:", "artikel von",
        "geposted von", "gepostet von", "publié par:", "auteur:", "auteure:", "autora:", "autor/in:", "ein beitrag von", "ein kommentar von", "ein gastbeitrag von", "eine kolumne von", "written by", "posted by", "reported by", "story by", "pressemitteilung von", "press release by", "recipe by", "rezept von", "receta de", "recette de", "gespeichert von", "submitted by",
        "words by", "text and photos by", "text von", "text:", "von:", "verfasst von", "geschrieben von", "autor:", "autorin:", "autoren:", "author:", "authors:",
        "escrito por", "publicado por", "redacción:", "por:", "publié par", "rédigé par", "écrit par", "par:", "by:", "by", "vom", "von", "por", "par", "text", "autor", "auteur", "from",
    ];

    /// <summary>Labels of the link-preview pair (twitter:labelN / twitter:dataN) whose data is the author.</summary>
    internal static readonly FrozenSet<string> WrittenByLabels = new[]
    {
        "written by", "verfasst von", "geschrieben von", "escrito por", "écrit par", "scritto da", "autor", "author", "auteur",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Labels that put an author's name after a colon ("Autor: Peter Maahn", "Interview: Julia Lauter").</summary>
    internal static readonly FrozenSet<string> AuthorLabels = new[]
    {
        "autor", "autorin", "autoren", "autor/in", "author", "authors", "auteur", "auteure", "autora", "autores",
        "text", "texto", "von", "redaktion", "interview", "written by", "verfasst von", "geschrieben von", "escrito por", "écrit par",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that continue a byline after the name ("by Ann Roe under News", "von Ann Roe am"): the name ends
    /// before the first of them. Name particles (de, van, la) are not among them.</summary>
    internal static readonly FrozenSet<string> TrailingBylineWords = new[]
    {
        "under", "at", "in", "on", "for", "from", "with", "am", "um", "im", "mit", "mehr", "more", "dans", "sur",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Separators between several author names.</summary>
    internal static readonly string[] AuthorSeparators = [",", ";", " and ", " und ", " y ", " et ", " & ", " / ", "|", " sowie ", " e "];

    /// <summary>Job titles that end a compound role before a name ("FOCUS-Online-Experte", "Gast-Autorin").</summary>
    internal static readonly string[] RoleNouns =
    [
        "experte", "expertin", "autor", "autorin", "redakteur", "redakteurin", "korrespondent", "korrespondentin", "reporter",
        "reporterin", "kolumnist", "kolumnistin", "journalist", "journalistin", "journaliste", "periodista", "editor", "writer", "correspondent", "columnist",
    ];

    /// <summary>News agencies credited beside the writers ("By Jane Roe and Kim Lee, Reuters"): dropped when a person
    /// is named too, kept when the agency is the only credit.</summary>
    internal static readonly FrozenSet<string> NewsAgencies = new[]
    {
        "Reuters", "AFP", "AP", "Associated Press", "Agence France-Presse", "dpa", "Deutsche Presse-Agentur", "EFE", "ANSA", "APA",
        "KNA", "epd", "sda", "Keystone-SDA", "Bloomberg", "CNN", "BBC", "UPI", "Xinhua", "Kyodo", "Jiji", "PTI", "IANS", "Europa Press",
        "Anadolu", "TASS", "Interfax", "PAP", "Belga", "ANP", "NTB", "TT", "Ritzau", "STT", "CTK", "MTI", "Agencies", "Agenturen",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Legal forms that end a company's name, as written (without a final dot): case counts, as "Sa" and
    /// "Se" are also surnames.</summary>
    internal static readonly FrozenSet<string> LegalForms = new[]
    {
        "GmbH", "mbH", "gGmbH", "AG", "SE", "KG", "KGaA", "e.V", "eV", "Inc", "INC", "Ltd", "LTD", "LLC", "LLP", "plc", "PLC", "Corp",
        "S.A", "SA", "S.L", "SL", "S.p.A", "SpA", "S.r.l", "Srl", "B.V", "BV", "N.V", "NV", "Oy", "AB", "A/S",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Countries that end an address after a name ("Kirche und Leben, Münster, Germany").</summary>
    internal static readonly FrozenSet<string> AddressCountries = new[]
    {
        "Germany", "Deutschland", "Austria", "Österreich", "Switzerland", "Schweiz", "Suisse", "France", "Italy", "Italia", "Spain", "España",
        "Netherlands", "Belgium", "Poland", "Polska", "USA", "U.S.A", "United States", "UK", "United Kingdom", "Canada", "Australia",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that are not names: roles, agency boilerplate, and the verbs of "Updated 3 May".</summary>
    internal static readonly FrozenSet<string> NonNameWords = new[]
    {
        "staff", "staff writer", "staff reporter", "reporter", "correspondent", "editor", "editors", "admin", "administrator",
        "updated", "published", "posted", "aktualisiert", "veröffentlicht", "am", "on", "the", "anonymous", "unknown",
        "gastautor", "guest", "contributor", "publisher", "herausgeber", "autoren", "super user", "anonym", "anonyme", "anónimo", "anonimo", "more", "mehr", "follow", "folgen", "share", "teilen", "name", "author", "autor",
        "no author", "wire reports", "staff and wire reports", "staff reports", "news service reports", "wire services", "zuletzt geändert", "last modified", "last updated", "afficher mon profil complet", "view my complete profile", "mein vollständiges profil anzeigen", "datum", "date", "stand", "rechtsanwalt", "rechtsanwältin", "publiziert", "kontakt", "contact", "quelle", "source", "fuente",
        // Degrees written after a name with a comma ("Grant Tinsley, PhD") would otherwise split off as a second name.
        "phd", "ph.d.", "ph. d.", "md", "m.d.", "msc", "m.sc.", "mba", "mph", "rd", "rdn", "dds", "jd", "j.d.", "esq.", "cpa",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Buttons printed right after a byline's name with no separator in the text ("Martin Junker Kontakt"):
    /// cut from names of three words or more.</summary>
    internal static readonly FrozenSet<string> BylineButtonWords = new[]
    {
        "Kontakt", "Contact", "Profil", "Profile", "Follow", "Folgen", "E-Mail", "Email", "Twitter",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Labels of the date that follows a byline ("Sara Zinnecker Stand: 3.5.2021"): cut with the date when
    /// their colon follows.</summary>
    internal static readonly FrozenSet<string> DateLabelWords = new[] { "Stand", "Datum", "Date" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Weekdays written before a byline's date ("Tomas Spahn Fr, 13. Mai"): cut with the date.</summary>
    internal static readonly FrozenSet<string> WeekdayAbbreviations = new[]
    {
        "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Class/id parts of a kicker (topic line) printed before the headline inside the same h1.</summary>
    internal static readonly SearchValues<string> KickerClassHints = Hints(["kicker", "dachzeile", "topline", "overline", "roofline", "eyebrow", "subtitle", "label", "small", "topic", "rubrik", "supertitle", "pretitle", "catchline"]);

    /// <summary>Class/id parts of the headline element that follows a kicker inside an h1.</summary>
    internal static readonly SearchValues<string> HeadlineClassHints = Hints(["headline", "title", "h1"]);

    /// <summary>Class/id parts of an h1 that holds the site's name or logo, not the article's headline.</summary>
    internal static readonly string[] SiteBannerClassHints = ["site-title", "site-name", "sitename", "site-logo", "blog-title", "logo", "masthead", "branding"];

    /// <summary>Class/id parts of an h1 that is a label above or beside the headline (breadcrumb, section name,
    /// strapline), not the headline itself.</summary>
    internal static readonly SearchValues<string> LabelHeadingClassHints = Hints(["breadcrumb", "strapline", "sectionname", "section-name", "dachzeile", "overline", "eyebrow"]);

    /// <summary>Class/id parts of elements shown to screen readers only.</summary>
    internal static readonly SearchValues<string> ScreenReaderClassHints = Hints(["visually-hidden", "visuallyhidden", "sr-only", "screen-reader", "element-invisible"]);

    /// <summary>Class/id parts of text hidden from sighted readers (separators for screen readers).</summary>
    internal static readonly SearchValues<string> HiddenClassHints = Hints(["visually-hidden", "visuallyhidden", "sr-only", "screen-reader", "invisible", "hidden"]);

    /// <summary>Country-code top-level domains and the IANA time zone of most of their newsrooms: a UTC timestamp
    /// is shown to readers (and dated by them) on that zone's calendar.</summary>
    internal static readonly FrozenDictionary<string, string> CountryTimeZones = new Dictionary<string, string>
    {
        ["de"] = "Europe/Berlin", ["at"] = "Europe/Vienna", ["ch"] = "Europe/Zurich", ["it"] = "Europe/Rome", ["fr"] = "Europe/Paris",
        ["es"] = "Europe/Madrid", ["nl"] = "Europe/Amsterdam", ["be"] = "Europe/Brussels", ["lu"] = "Europe/Luxembourg",
        ["pl"] = "Europe/Warsaw", ["cz"] = "Europe/Prague", ["sk"] = "Europe/Bratislava", ["hu"] = "Europe/Budapest",
        ["dk"] = "Europe/Copenhagen", ["se"] = "Europe/Stockholm", ["no"] = "Europe/Oslo", ["fi"] = "Europe/Helsinki",
        ["gr"] = "Europe/Athens", ["ro"] = "Europe/Bucharest", ["bg"] = "Europe/Sofia", ["hr"] = "Europe/Zagreb", ["si"] = "Europe/Ljubljana",
        ["uk"] = "Europe/London", ["ie"] = "Europe/Dublin", ["pt"] = "Europe/Lisbon", ["ru"] = "Europe/Moscow", ["ua"] = "Europe/Kyiv",
        ["tr"] = "Europe/Istanbul", ["ar"] = "America/Argentina/Buenos_Aires", ["bo"] = "America/La_Paz", ["br"] = "America/Sao_Paulo",
        ["cl"] = "America/Santiago", ["co"] = "America/Bogota", ["pe"] = "America/Lima", ["ve"] = "America/Caracas", ["mx"] = "America/Mexico_City",
        ["ec"] = "America/Guayaquil", ["uy"] = "America/Montevideo", ["py"] = "America/Asuncion", ["jp"] = "Asia/Tokyo", ["kr"] = "Asia/Seoul",
        ["cn"] = "Asia/Shanghai", ["tw"] = "Asia/Taipei", ["hk"] = "Asia/Hong_Kong", ["in"] = "Asia/Kolkata", ["au"] = "Australia/Sydney",
        ["nz"] = "Pacific/Auckland", ["za"] = "Africa/Johannesburg", ["eg"] = "Africa/Cairo", ["tn"] = "Africa/Tunis", ["il"] = "Asia/Jerusalem",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Separators between an article title and the site name in &lt;title&gt;, most specific first.</summary>
    internal static readonly string[] TitleSeparators = [" | ", " – ", " — ", " - ", " :: ", " · ", " » ", " « ", " • ", " / ", " : ", "|"];

    /// <summary>Month names and abbreviations in English, German, Spanish, French (and the Polish/Italian/Portuguese/Russian
    /// ones the dev set needs most), mapped to month numbers.</summary>
    internal static readonly FrozenDictionary<string, int> Months = BuildMonths();

    private static FrozenDictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            ["january", "jan", "januar", "jänner", "enero", "ene", "janvier", "janv", "gennaio", "janeiro", "stycznia", "styczeń", "января"],
            ["february", "feb", "februar", "feber", "febrero", "février", "févr", "fevrier", "febbraio", "fevereiro", "lutego", "luty", "февраля"],
            ["march", "mar", "märz", "maerz", "marzo", "mars", "março", "marca", "marzec", "mär", "mrz", "марта"],
            ["april", "apr", "abril", "avril", "avr", "aprile", "kwietnia", "kwiecień", "апреля"],
            ["may", "mai", "mayo", "maggio", "maio", "maja", "maj", "мая"],
            ["june", "jun", "juni", "junio", "juin", "giugno", "junho", "czerwca", "czerwiec", "июня"],
            ["july", "jul", "juli", "julio", "juillet", "juil", "luglio", "julho", "lipca", "lipiec", "июля"],
            ["august", "aug", "agosto", "août", "aout", "ago", "sierpnia", "sierpień", "августа"],
            ["september", "sep", "sept", "septiembre", "setiembre", "septembre", "settembre", "setembro", "września", "wrzesień", "set", "сентября"],
            ["october", "oct", "oktober", "okt", "octubre", "octobre", "ottobre", "outubro", "out", "października", "październik", "октября"],
            ["november", "nov", "noviembre", "novembre", "novembro", "listopada", "listopad", "ноября"],
            ["december", "dec", "dezember", "dez", "diciembre", "dic", "décembre", "déc", "decembre", "dicembre", "dezembro", "grudnia", "grudzień", "декабря"],
        ];
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int m = 0; m < names.Length; m++)
            foreach (var n in names[m]) map.TryAdd(n, m + 1);
        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>JSON-LD types that describe the article itself, as opposed to the page or site around it.</summary>
    internal static bool IsArticleType(string type)
        => type.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || type.EndsWith("BlogPosting", StringComparison.OrdinalIgnoreCase)
        || type.EndsWith("Posting", StringComparison.OrdinalIgnoreCase) || type is "Report" or "Review" or "Recipe" or "HowTo" or "VideoObject" or "Story";

    /// <summary>JSON-LD types of a written article (NewsArticle, BlogPosting…), preferred over the other works of
    /// <see cref="IsArticleType"/> (videos, recipes) when a page describes several.</summary>
    internal static bool IsNewsArticleType(string type)
        => type.EndsWith("Article", StringComparison.OrdinalIgnoreCase) || type.EndsWith("BlogPosting", StringComparison.OrdinalIgnoreCase);

    internal static bool IsPageType(string type) => type.EndsWith("Page", StringComparison.OrdinalIgnoreCase);

    /// <summary>Class/id fragments matched anywhere in the attribute, ignoring case, all at once.</summary>
    private static SearchValues<string> Hints(string[] fragments) => SearchValues.Create(fragments, StringComparison.OrdinalIgnoreCase);
}
