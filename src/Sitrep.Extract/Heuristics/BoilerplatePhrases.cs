using System.Text.RegularExpressions;

namespace Sitrep.Extract.Heuristics;

/// <summary>Phrases that mark a short block as furniture rather than article text, in English and the dev set's main
/// languages (German, Spanish, French, Polish). Only blocks shorter than <see cref="MaxPhraseBlockLength"/> are
/// tested, so a long paragraph that happens to mention a newsletter stays.</summary>
public static partial class BoilerplatePhrases
{
    /// <summary>Longest block (chars) that a phrase can mark as furniture; calibrated on extraction-dev.</summary>
    public const int MaxPhraseBlockLength = 220;

    /// <summary>Newsletter / subscription calls to action.</summary>
    [GeneratedRegex(@"\b(newsletter|subscribe|sign up|signup|abonnieren|abonniere|jetzt anmelden|melden sie sich|registrieren sie sich|suscr[ií]b|suscripci[oó]n|bolet[ií]n|abonnez|inscrivez|zapisz si[eę]|subskrybuj|prenumerat)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Newsletter();

    /// <summary>Words that address the reader or speak for the site (you, your, we, our; Sie, Ihr, wir, unser; vous,
    /// nous; usted, nuestro; twój, nasz): furniture talks to the reader, news reports about third parties. The formal
    /// German "Sie"/"Ihr" count only capitalised, as lower case they mean "they"/"her"; "us" only in lower case (not "US").</summary>
    [GeneratedRegex(@"\b(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihnen|us|(?i:you|your|yours|we|our|du|dich|dir|dein|deine|deinen|wir|unser|unsere|unseren|unserem|uns|vous|votre|vos|nous|notre|nos|usted|ustedes|nuestro|nuestra|nuestros|nuestras|tu|tus|twoj|twoja|twoje|nasz|nasza|nasze))\b", RegexOptions.CultureInvariant)]
    public static partial Regex AddressesReader();

    /// <summary>How a consent notice speaks when it addresses no one: of "this site" and of going on browsing.</summary>
    [GeneratedRegex(@"\b(?:this (?:web)?site|este sitio|esta (?:p[áa]gina|web)|diese (?:web)?seite|ce site|questo sito|by (?:continuing|using)|continu(?:e|ing) (?:to )?brows|contin[uú]a navegando|seguir navegando|weitersurfen|weiter surfen|en poursuivant|acepta(?:r)? (?:su|el) uso|accept(?:er|ez)? (?:the|l'|leur) (?:use|utilisation))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex SiteSpeaks();

    /// <summary>What a newsletter box promises, addressed to no one: frequency, price, delivery.</summary>
    [GeneratedRegex(@"\b(?:daily|weekly|every (?:morning|day|week|friday)|free|gratis|kostenlos|gratuit|gratuita|diario|semanal|cada (?:ma[ñn]ana|d[ií]a|semana)|t[äa]glich|w[öo]chentlich|jeden (?:morgen|tag)|quotidien|hebdomadaire|chaque (?:matin|jour|semaine)|inbox|postfach|bandeja de entrada)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex NewsletterPromise();

    /// <summary>Share / follow widgets that survive as text.</summary>
    [GeneratedRegex(@"^(share|teilen|compartir|partager|udost[eę]pnij|folgen sie uns|follow us|s[ií]guenos|suivez-nous|share this|share on|auf facebook teilen|tweet|drucken|print|e-?mail|whatsapp|facebook|twitter|linkedin|pinterest|x)\b.{0,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Share();

    /// <summary>Cookie and consent banners.</summary>
    [GeneratedRegex(@"\b(cookies?|consent|einwilligung|datenschutzerkl[aä]rung|privacy policy|pol[ií]tica de privacidad|galletas|politique de confidentialit[eé]|ciasteczk|plik[oó]w cookie)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Cookie();

    /// <summary>Pointers to other articles ("Read more: …", "Lesen Sie auch: …").</summary>
    [GeneratedRegex(@"^(read more|read also|see also|related|more on this|more from|lesen sie auch|lesen sie mehr|auch interessant|mehr zum thema|das k[oö]nnte sie auch interessieren|weitere artikel|weiterlesen|lea tambi[eé]n|lea m[aá]s|lee tambi[eé]n|te puede interesar|m[aá]s informaci[oó]n|lire aussi|[àa] lire aussi|voir aussi|lisez aussi|czytaj te[zż]|czytaj wi[eę]cej|zobacz te[zż]|przeczytaj)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Related();

    /// <summary>"Originally published on/at …" and wire credits; the captured part names the original publisher or URL.</summary>
    [GeneratedRegex(@"^(?:this (?:article|story|post) (?:was|is) )?(?:originally|first) (?:published|appeared|posted) (?:on|in|at|by) (?<source>.{2,120}?)\.?$|^(?:dieser (?:artikel|beitrag|text) )?(?:erschien|ist) (?:zuerst|urspr[üu]nglich|erstmals) (?:erschienen )?(?:auf|bei|in|im) (?<source>.{2,120}?)(?: erschienen)?\.?$|^(?:este art[ií]culo )?(?:fue )?publicad[oa] originalmente (?:en|por) (?<source>.{2,120}?)\.?$|^(?:cet article a )?(?:été )?(?:initialement|originellement|d'abord) publi[ée] (?:sur|dans|par) (?<source>.{2,120}?)\.?$|^(?:artyku[lł] )?(?:pierwotnie|oryginalnie) (?:opublikowan[yoa]) (?:na|w|przez) (?<source>.{2,120}?)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Syndication();

    /// <summary>A publisher's name as a statement wrote it, without a lower-case article before it ("in der
    /// Donau-Rundschau", "on the Guardian") or the sentence's final period ("VICE US."). A capitalised article is
    /// part of the name ("The Harbour Times", "El Diario").</summary>
    public static string PublisherName(string source)
    {
        var s = source.Trim().TrimEnd('.').TrimEnd();
        if (s.EndsWith("'s", StringComparison.Ordinal) || s.EndsWith("’s", StringComparison.Ordinal)) s = s[..^2];
        var m = LeadingArticle().Match(s);
        return m.Success && m.Length < s.Length ? s[m.Length..] : s;
    }

    [GeneratedRegex(@"^(?:der|die|dem|des|den|the|la|le|les|el|los|las|l')\s*(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingArticle();

    /// <summary>Video-player debris: durations ("02:31", "1:02:31"), "Video" labels, "Play"/"Abspielen" buttons.</summary>
    [GeneratedRegex(@"^(?:(?:video|play|abspielen|wiedergabe|reproducir|lire la vid[eé]o|odtw[oó]rz|duration|dauer|laufzeit)\b[\s:|\-–]*)?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\s*(?:min|minuten|minutes|minutos))?$|^(?:video|videos|play video|video abspielen|zum video|ver v[ií]deo|voir la vid[eé]o|zobacz wideo|wideo)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex VideoDebris();

    /// <summary>Advertisement labels.</summary>
    [GeneratedRegex(@"^(advertisement|anzeige|werbung|publicidad|publicit[eé]|reklama|sponsored|gesponsert|ad)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex AdLabel();

    /// <summary>Titles of sections that follow an article (related reading, about the author, more on the topic):
    /// from such a title on, the rest of the container is furniture.</summary>
    [GeneratedRegex(@"^(related( articles| stories| posts| content| reading)?|read more|more stories|more from|you (may|might) also like|explore further|about the author|recommended( for you)?|ähnliche (beiträge|artikel|themen)|verwandte (artikel|themen|beiträge)|weitere (themen|artikel|beiträge|nachrichten|news)|mehr zum thema|mehr (aus|zu) (dem|diesem) (thema|ressort)|das könnte (sie|dich) (auch )?(interessieren|gefallen)|zum weiterlesen|schon gelesen|auch interessant|top[- ]themen( der redaktion)?|über (den|die) autor(in)?|lesen sie auch|contenido relacionado|art[ií]culos relacionados|noticias relacionadas|te puede interesar|vous aimerez (aussi|peut-être)|[àa] lire aussi|sur le même sujet|tous nos derniers|(n[äa]chster|vorheriger|next|previous) (artikel|beitrag|post|article)|vorschau auf den n[äa]chsten (artikel|beitrag)|entdecke (weitere|mehr)|discover more|more (articles|news|posts|stories) (from|on|about)|if you enjoyed (reading )?this( post| article)?|weitere informationen|more information|kontakt|contact|ansprechpartner(in)?|quellen(angaben)?|sources|über diese (reihe|serie)|zum autor|zur autorin|fuentes|podobne artyku[łl]y|zobacz te[zż]|czytaj te[zż]|polecamy)\b[\s:?!.…]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex EndOfArticle();

    /// <summary>Site notices around an article: copyright and reprint terms, affiliate and advertising disclosures,
    /// opinion disclaimers, appeals for support or app downloads, "this entry was posted in" lines.</summary>
    [GeneratedRegex(@"\b(copyright(ed)?|all rights reserved|alle rechte vorbehalten|todos los derechos reservados|tous droits r[ée]serv[ée]s|wszelkie prawa zastrze[żz]one|materia[łl] chroniony prawem|written permission|nachdruck|reprint|affiliate|enth[äa]lt werbung|contains references to products|for links on this page|f[üu]r links auf dieser seite|bei den verlinkungen|ohne gew[äa]hr|meinung des autors|not responsible for the opinions|does not offer medical advice|we rely on your support|support our journalism|unterst[üu]tze|jede kleine spende|hazte miembro|spende|donate|(eine|kleine|eine kleine) provision|download (the|our) .{0,40}app|this entry was posted|als pdf herunterladen|download (as )?pdf|rezept drucken|print recipe|bewerten sie (diesen|dieses|diese)|rate this (article|recipe|product|post)|posted in|dieser eintrag wurde|dieser (text|beitrag) wurde (am|ver[öo]ffentlicht)|canal de telegram|s[ií]guenos en|follow .{1,40} on (twitter|facebook|instagram))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Notice();

    /// <summary>Image credits standing alone ("Foto: dpa", "AFP / Name", "Name/Getty Images"); only short blocks are tested.</summary>
    [GeneratedRegex(@"^.{0,60}\b(getty images|afp|reuters|dpa|imago|picture[- ]alliance|shutterstock|istock(photo)?|wenn\.com|foto|fotos|photo|photos|bild|bildquelle|titelbild|credit|image|zdj[ęe]cie|fot\.)\b.{0,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ImageCredit();
}
