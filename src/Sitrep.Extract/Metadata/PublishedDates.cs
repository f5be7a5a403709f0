namespace Sitrep.Extract.Metadata;

/// <summary>Rules that weigh a page's publication-date sources against each other: generic date meta tags
/// against printed dates, UTC timestamps against the page's local copy of them, and the dates that are not the
/// article's (today's date in the navigation bar, last-change lines).</summary>
internal static class PublishedDates
{
    /// <summary>Whether the first parseable publication-date meta tag (in <see cref="MetaVocabulary.PublishedNames"/>
    /// order, the order the extractor reads them) is a generic one such as name="date" or DC.date. Those do not
    /// say which date they hold, and CMSs often fill them with the date of the last change.</summary>
    internal static bool FirstIsGeneric(MetaTags tags)
    {
        foreach (var name in MetaVocabulary.PublishedNames)
            foreach (var v in tags.All(name))
                if (MetaDate.TryParse(v, out _)) return MetaVocabulary.GenericDateNames.Contains(name);
        return false;
    }

    /// <summary>How many &lt;time datetime&gt; elements are compared with a UTC timestamp.</summary>
    private const int MaxTimeElements = 20;

    /// <summary>The same instant as a UTC timestamp, written by the page with its own offset
    /// (&lt;time datetime="2022-05-03T23:37:37-04:00"&gt; for 2022-05-04T03:37:37Z): its calendar day is the one
    /// the page shows.</summary>
    internal static bool LocalCopy(PageElements elements, MetaDate.Parsed utc, out MetaDate.Parsed local)
    {
        local = default;
        if (!utc.HasTime || utc.Value.Offset != TimeSpan.Zero) return false;
        int seen = 0;
        foreach (var el in elements.Where(PageElements.Kind.Time, static e => e.HasAttribute("datetime")))
        {
            if (++seen > MaxTimeElements) break;
            if (MetaDate.TryParse(el.GetAttribute("datetime"), out var p) && p.HasTime && p.Value.Offset != TimeSpan.Zero
                && Math.Abs((p.Value - utc.Value).TotalMinutes) <= 1)
            {
                local = p;
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the element sits in the site's navigation bar (a &lt;nav&gt;, or a container whose class
    /// says so), outside any &lt;article&gt;: the date printed there is today's, not the article's.</summary>
    internal static bool InNavigation(AngleSharp.Dom.IElement el)
    {
        // Up to the article, below <body>: a body class such as "nav-closed" says nothing of the date.
        for (var e = el.ParentElement; e is not null && e.LocalName != "body"; e = e.ParentElement)
        {
            if (e.LocalName == "article") return false;
            if (e.LocalName == "nav") return true;
            var cls = e.GetAttribute("class");
            var id = e.GetAttribute("id");
            if (ClassTokens.HasPart(cls, MetaVocabulary.NavigationClassHints, skipModifiers: true)
                || ClassTokens.HasPart(id, MetaVocabulary.NavigationClassHints, skipModifiers: true)
                || ClassTokens.HasCompoundPart(cls, "nav", MetaVocabulary.NavigationCompounds)
                || ClassTokens.HasCompoundPart(id, "nav", MetaVocabulary.NavigationCompounds)) return true;
        }
        return false;
    }

    /// <summary>Whether a short text gives the date of the last change ("Letzte Änderung: 31.10.2023", "Updated
    /// March 20"), which the first-date-in-text scan passes over for the publication date printed beside it.</summary>
    internal static bool IsUpdateLine(ReadOnlySpan<char> text)
    {
        foreach (var label in MetaVocabulary.UpdateLabels)
            if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>A printed date further than this from the generic meta date is another date (today's date in the
    /// site header, an event in the sidebar), not a correction of it. Tuned on extraction-dev: the printed dates
    /// that were right lay 1–38 days from the meta date, the wrong ones 18 days to years; rerun
    /// `./sitrep bench extraction` after changing it.</summary>
    private const int MaxDaysFromGenericDate = 45;

    /// <summary>Whether a printed date is close enough to the generic meta date to replace it. A day/month-ambiguous
    /// meta date (11/01/2023) is compared in both readings.</summary>
    internal static bool IsNear(MetaDate.Parsed shown, MetaDate.Parsed generic)
    {
        var days = Math.Abs((shown.Value.Date - generic.Value.Date).TotalDays);
        if (generic.SwappedDayMonth is { } swapped) days = Math.Min(days, Math.Abs((shown.Value.Date - swapped.Date).TotalDays));
        return days <= MaxDaysFromGenericDate;
    }
}
