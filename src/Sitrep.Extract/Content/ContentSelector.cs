using System.Runtime.InteropServices;
using Sitrep.Extract.Heuristics;

namespace Sitrep.Extract.Content;

/// <summary>Chooses the element holding the article body. Phases: score blocks as running text or furniture,
/// sum scores up the tree, remove hinted furniture that does not hold most of the page's text, sum again over
/// what is kept, then pick the element with the most running text net of furniture (the deepest on ties).</summary>
internal static class ContentSelector
{
    public static int Select(PageModel page)
    {
        var elements = CollectionsMarshal.AsSpan(page.Elements);
        if (elements.Length == 0) return -1;
        ScoreBlocks(page, elements);
        SumUp(elements, kept: false);
        // Reliable furniture first (cookie boxes, comments, share bars, ads), so that their text does not make the
        // article look small when deciding which vaguer hints (sidebar, widget, paywall) to trust.
        MarkRemoved(page, elements, strong: true, elements[0].Good);
        SumUp(elements, kept: true);
        MarkRemoved(page, elements, strong: false, elements[0].KeptGood);
        SumUp(elements, kept: true);
        int best = Best(elements);
        if (elements[best].KeptGood < ContentTuning.MinArticleProse && elements[0].KeptGood < elements[0].Good * ContentTuning.LostTextShare)
        {
            // Fallback phase: the vaguer hints removed nearly all running text, so they were wrong for this page.
            foreach (ref var e in elements) if (!IsStrong(e.Removed)) e.Removed = BoilerplateKind.None;
            MarkRemoved(page, elements, strong: true, float.MaxValue);
            SumUp(elements, kept: true);
            best = Best(elements);
        }
        return AddSiblings(elements, best);
    }

    private static bool IsStrong(BoilerplateKind kind)
        => kind is BoilerplateKind.Cookie or BoilerplateKind.Comments or BoilerplateKind.Share or BoilerplateKind.Ads or BoilerplateKind.Sponsored or BoilerplateKind.Hidden;

    /// <summary>Widens the choice to its parent when siblings hold running text (a lead, a second text column), leaving
    /// out the siblings that do not (Readability's sibling pass); returns the element whose blocks to read.</summary>
    private static int AddSiblings(Span<ElementNode> elements, int best)
    {
        int parent = elements[best].Parent;
        if (parent < 0) return best;
        bool added = false;
        for (int s = parent + 1; s < elements[parent].EndElement; s = elements[s].EndElement)
        {
            if (s == best) continue;
            ref var sibling = ref elements[s];
            bool worth = sibling.Removed == BoilerplateKind.None && sibling.KeptGood >= ContentTuning.MinSiblingProse
                         && sibling.KeptGood > sibling.KeptBad;
            if (worth) { added = true; continue; }
            for (int d = s; d < sibling.EndElement; d++) elements[d].Excluded = true;
        }
        if (added) return parent;
        for (int s = parent + 1; s < elements[parent].EndElement; s++) elements[s].Excluded = false;
        return best;
    }

    /// <summary>True when a block reads as running text: long enough, punctuated, few links.</summary>
    public static bool IsProse(in TextBlock b)
        => b.Weight >= ContentTuning.MinProseLength
           && b.LinkLength <= b.Length * ContentTuning.MaxProseLinkDensity
           && (b.Punctuation > 0 || b.Weight >= ContentTuning.MinUnpunctuatedProseLength);

    private static void ScoreBlocks(PageModel page, Span<ElementNode> elements)
    {
        foreach (ref readonly var b in CollectionsMarshal.AsSpan(page.Blocks))
        {
            ref var owner = ref elements[b.Owner];
            if (IsProse(b)) owner.OwnGood += b.Weight - b.LinkLength;
            else if (b.LinkLength > b.Length * ContentTuning.DropLinkDensity) owner.OwnBad += b.Weight;
            else owner.OwnBad += b.Weight * ContentTuning.ShortTextPenalty;
        }
    }

    private static void SumUp(Span<ElementNode> elements, bool kept)
    {
        foreach (ref var e in elements)
        {
            if (kept) { e.KeptGood = e.OwnGood; e.KeptBad = e.OwnBad; }
            else { e.Good = e.OwnGood; e.Bad = e.OwnBad; }
        }
        for (int i = elements.Length - 1; i > 0; i--)
        {
            ref var e = ref elements[i];
            if (e.Parent < 0) continue;
            ref var parent = ref elements[e.Parent];
            if (!kept) { parent.Good += e.Good; parent.Bad += e.Bad; }
            else if (e.Removed == BoilerplateKind.None) { parent.KeptGood += e.KeptGood; parent.KeptBad += e.KeptBad; }
        }
    }

    /// <summary>Removes hinted elements of the strong or the vaguer kinds; a vaguer hint spares an element holding a large
    /// share of <paramref name="total"/> running text (a wrapper whose class happens to hold a furniture word).</summary>
    private static void MarkRemoved(PageModel page, Span<ElementNode> elements, bool strong, float total)
    {
        for (int i = 0; i < elements.Length; i++)
        {
            ref var e = ref elements[i];
            if (e.Removed != BoilerplateKind.None) continue;
            if (e.Parent >= 0 && elements[e.Parent].Removed != BoilerplateKind.None) { e.Removed = elements[e.Parent].Removed; continue; }
            if (e.Hint == BoilerplateKind.None || IsStrong(e.Hint) != strong) continue;
            if (e.Parent < 0) continue;
            float good = strong ? e.Good : e.KeptGood;
            if (e.Hint is not (BoilerplateKind.Comments or BoilerplateKind.Hidden) && total > 0)
            {
                if (good > total * ContentTuning.ProtectShare && !(e.Hint == BoilerplateKind.Cookie && IsMostlyConsentText(page, e))) continue;
                if ((e.BodyHint || e.Tag is TagKind.Article or TagKind.Main) && good > total * ContentTuning.ProtectBodyShare) continue;
            }
            if (e.Tag == TagKind.Header && good >= ContentTuning.HeaderProseToKeep) continue;
            // Ad slots hold a teaser line or two; a section of paragraphs is content whose class says it carries ads
            // between them ("TestReport__Section--Ads"). Paid content (Sponsored) is prose and is never spared so.
            if (e.Hint == BoilerplateKind.Ads && good >= ContentTuning.AdProseToKeep && good >= e.Bad * ContentTuning.AdProseToFurniture) continue;
            e.Removed = e.Hint;
        }
    }

    /// <summary>Whether a consent box's running text is mostly about cookies and consent, addressed to the reader
    /// ("We and our partners store information on your device…"): then it is the box itself, however long, not a
    /// wrapper around the article whose class mentions consent. Read only for a box that holds most of the page's text.</summary>
    private static bool IsMostlyConsentText(PageModel page, in ElementNode e)
    {
        var blocks = CollectionsMarshal.AsSpan(page.Blocks);
        float consent = 0;
        for (int i = e.FirstBlock; i < e.EndBlock; i++)
        {
            ref readonly var b = ref blocks[i];
            if (!IsProse(b)) continue;
            var text = page.Span(b);
            if (BoilerplatePhrases.Cookie().IsMatch(text) && (BoilerplatePhrases.AddressesReader().IsMatch(text) || BoilerplatePhrases.SiteSpeaks().IsMatch(text)))
                consent += b.Weight - b.LinkLength;
        }
        return consent > e.Good * 0.5f;
    }

    private static int Best(Span<ElementNode> elements)
    {
        int best = 0;
        float bestScore = float.MinValue;
        for (int i = 0; i < elements.Length; i++)
        {
            ref var e = ref elements[i];
            if (e.Removed != BoilerplateKind.None || e.KeptGood <= 0) continue;
            float score = e.KeptGood - e.KeptBad;
            if (score >= bestScore) { bestScore = score; best = i; }
        }
        // Keep the scored choice when it holds the marked body (it may add a lead or headline around it).
        int marked = MarkedBody(elements);
        if (marked >= 0 && !(elements[best].FirstBlock <= elements[marked].FirstBlock && elements[marked].EndBlock <= elements[best].EndBlock))
            return marked;
        return best;
    }

    /// <summary>The element marked itemprop="articleBody" with the most kept running text, when that is enough for an
    /// article; a site's own markup beats our guess.</summary>
    private static int MarkedBody(Span<ElementNode> elements)
    {
        int marked = -1;
        for (int i = 0; i < elements.Length; i++)
        {
            ref var e = ref elements[i];
            if (e.ArticleBodyProp && e.Removed == BoilerplateKind.None && e.KeptGood >= ContentTuning.MinArticleProse
                && (marked < 0 || e.KeptGood > elements[marked].KeptGood))
                marked = i;
        }
        return marked;
    }

    /// <summary>For tuning: the removed elements and candidates with the most running text, with their class and id.</summary>
    internal static string Explain(PageModel page, int chosen)
    {
        var sb = new System.Text.StringBuilder();
        var elements = page.Elements;
        for (int i = 0; i < elements.Count; i++)
        {
            var e = elements[i];
            bool removedRoot = e.Removed != BoilerplateKind.None && (e.Parent < 0 || elements[e.Parent].Removed == BoilerplateKind.None);
            if (i == chosen || removedRoot && e.Good > 150 || e.KeptGood > 0.5f * elements[0].KeptGood && e.Removed == BoilerplateKind.None)
                sb.AppendLine($"{(i == chosen ? "*" : " ")} #{i} {e.Tag} hint={e.Hint} removed={e.Removed} good={e.Good:0} bad={e.Bad:0} keptGood={e.KeptGood:0} keptBad={e.KeptBad:0} {page.Debug?[i]}");
        }
        return sb.ToString();
    }
}
