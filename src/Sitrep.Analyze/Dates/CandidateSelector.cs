namespace Sitrep.Analyze.Dates;

/// <summary>Keeps the best of overlapping candidates: higher priority first, then the longer span, then the earlier.</summary>
internal static class CandidateSelector
{
    public static List<TimeCandidate> Select(List<TimeCandidate> candidates)
    {
        candidates.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var chosen = new List<TimeCandidate>(candidates.Count);
        var cluster = new List<TimeCandidate>();
        int clusterEnd = -1;
        // Overlaps are settled inside clusters of transitively overlapping spans, which stay tiny, so the quadratic
        // choice inside one never grows with the length of the text.
        foreach (var c in candidates)
        {
            if (c.Start >= clusterEnd && cluster.Count > 0) { SettleCluster(cluster, chosen); cluster.Clear(); }
            cluster.Add(c);
            clusterEnd = Math.Max(cluster.Count == 1 ? c.End : clusterEnd, c.End);
        }
        if (cluster.Count > 0) SettleCluster(cluster, chosen);
        return chosen;
    }

    private static void SettleCluster(List<TimeCandidate> cluster, List<TimeCandidate> chosen)
    {
        if (cluster.Count == 1) { chosen.Add(cluster[0]); return; }
        cluster.Sort(static (a, b) => a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Start.CompareTo(b.Start));
        int first = chosen.Count;
        foreach (var c in cluster)
        {
            bool free = true;
            for (int i = first; i < chosen.Count && free; i++)
                free = c.End <= chosen[i].Start || c.Start >= chosen[i].End;
            if (free) chosen.Add(c);
        }
        chosen.Sort(first, chosen.Count - first, Comparer<TimeCandidate>.Create(static (a, b) => a.Start.CompareTo(b.Start)));
    }
}
