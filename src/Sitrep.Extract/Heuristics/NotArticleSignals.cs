using System.Text.RegularExpressions;

namespace Sitrep.Extract.Heuristics;

/// <summary>Title words that support (never decide alone) the verdict that a page is not an article.</summary>
public static partial class NotArticleSignals
{
    [GeneratedRegex(@"\b404\b|page not found|not found|seite nicht gefunden|nicht gefunden|p[aá]gina no encontrada|no se encontr[oó]|page (?:introuvable|non trouv[ée]e)|nie znaleziono|strona nie istnieje|fehler 404|error 404", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex NotFoundTitle();

    [GeneratedRegex(@"search results|results for|suchergebnisse|ergebnisse f[üu]r|suche nach|resultados de (?:la )?b[uú]squeda|resultados para|r[ée]sultats de (?:la )?recherche|r[ée]sultats pour|wyniki wyszukiwania", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex SearchTitle();

    /// <summary>Query strings and paths of search pages.</summary>
    [GeneratedRegex(@"[?&](?:q|s|query|search|suche|keyword|keywords)=|/(?:search|suche|buscar|recherche|szukaj)(?:/|\?|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex SearchUrl();
}
