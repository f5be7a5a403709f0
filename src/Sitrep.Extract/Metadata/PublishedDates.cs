namespace Sitrep.Extract.Metadata;

/// <summary>Which kind of source a page's structured publication date came from.</summary>
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
