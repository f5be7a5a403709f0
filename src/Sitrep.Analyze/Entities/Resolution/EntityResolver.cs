using Sitrep.Analyze.Places;
using Sitrep.Core;
using Sitrep.Core.Annotations;
using Sitrep.Core.Pipeline;

namespace Sitrep.Analyze.Entities.Resolution;

/// <summary>Groups the entity mentions of one document into entities under a canonical name and rewrites the
/// mention layer with each mention's entity index. Persons: the longest full name is canonical and shorter forms join
/// it by surname or first name ("Bazoum", "President Mohamed Bazoum" → "Mohamed Bazoum"), the nearest earlier
/// person winning a tie; titles and roles come from the mention, the words before it and an apposition after it.
/// Organisations: "Long Form (ACR)" and initialisms join acronyms to their long form. Countries are typed Location,
/// subtype GPE, under their gazetteer name ("U.S." and "United States" are one); demonyms ("Nigerien") are typed Misc,
/// subtype NORP.</summary>
public sealed class EntityResolver(Gazetteer gazetteer, EntityResolverOptions options) : IComponent, ILanguageSpecific
{
    private static readonly LayerKey[] s_requires = [Layers.EntityMentions];
    private static readonly LayerKey[] s_produces = [Layers.Entities, Layers.EntityMentions];

    public string Name => "entities";

    /// <summary>Only English: English titles, roles and name order.</summary>
    public IReadOnlyList<string> Languages { get; } = ["en"];

    public IReadOnlyList<LayerKey> Requires => s_requires;

    public IReadOnlyList<LayerKey> Produces => s_produces;

    public void Process(Document doc, CancellationToken ct)
    {
        // Phases: normalise each mention → group persons → group the rest → attach roles → set both layers.
        var mentions = doc.Get(Layers.EntityMentions);
        int count = LimitMentions(doc, mentions.Count);
        var infos = new MentionInfo?[count];
        for (int i = 0; i < count; i++)
        {
            if ((i & 1023) == 0) ct.ThrowIfCancellationRequested();
            infos[i] = Normalize(doc, mentions[i]);
        }
        var state = new State(doc, infos);
        GroupPersons(state, ct);
        GroupOthers(state, ct);
        if (options.FindRoles) AttachRoles(state, ct);
        SetLayers(state, mentions);
    }

    private int LimitMentions(Document doc, int count)
    {
        if (count <= options.MaxMentions) return count;
        doc.AddProblem(new Problem("entities.too-many-mentions",
            $"Document has {count:N0} entity mentions; only the first {options.MaxMentions:N0} were grouped into entities, the rest keep entity -1. Raise Entities.MaxMentions to group them all.",
            Name, doc.Meta.Source));
        return options.MaxMentions;
    }

    private MentionInfo? Normalize(Document doc, EntityMention m)
    {
        var span = Trim(doc.Text, m.Span);
        if (span.Length == 0) return null;
        var type = m.Type;
        string? subtype = null;
        TextSpan? titleRole = null;
        int roleAnchor = m.Span.Start;
        if (type != EntityType.Person && TitleTail(doc.Text, span) is { } person)
        {
            type = EntityType.Person;
            span = person;
            roleAnchor = person.Start;
        }
        if (type == EntityType.Person)
        {
            int titleLength = RoleFinder.TitlePrefix(doc.Text, span, out titleRole);
            span = new TextSpan(span.Start + titleLength, span.Length - titleLength);
        }
        string[] tokens = doc.TextOf(span).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0) return null;
        string name = string.Join(' ', tokens);
        string key;
        if (type != EntityType.Person && gazetteer.TryGetDemonym(name, out var nation))
        {
            type = EntityType.Misc;
            subtype = "NORP";
            key = "NORP:" + nation;
            if (name.EndsWith('s') && gazetteer.TryGetDemonym(name.AsSpan(0, name.Length - 1), out _)) name = name[..^1];
        }
        else if (type != EntityType.Person && gazetteer.TitleCasedName(name) is var titled
                 && gazetteer.Find(titled ?? name) is { IsEmpty: false } places
                 && (places[0].Kind == PlaceKind.Country || type == EntityType.Location))
        {
            type = EntityType.Location;
            subtype = "GPE";
            key = places[0].Kind == PlaceKind.Country ? "GPE:" + places[0].CountryCode : "LOC:" + places[0].Name;
            if (places[0].Kind == PlaceKind.Country || titled is not null) name = places[0].Name;
        }
        else
        {
            key = type + ":" + name;
        }
        return new MentionInfo(m.Span, span, name, tokens, type, subtype, key, titleRole, roleAnchor);
    }

    // "Acting Secretary of [State Victoria Nuland]{ORG}": the recogniser took the end of a title into a name. When the
    // mention follows "<role> of " and the rest is two or more capitalized words naming no place, the rest is a person.
    private TextSpan? TitleTail(string text, TextSpan span)
    {
        if (span.Start < 5 || !text.AsSpan(span.Start - 4, 4).SequenceEqual(" of ")) return null;
        int wordEnd = span.Start - 4, wordStart = wordEnd;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
        if (!Heuristics.RoleVocabulary.Heads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(wordStart, wordEnd - wordStart))) return null;
        var mention = text.AsSpan(span.Start, span.Length);
        int space = mention.IndexOf(' ');
        if (space < 0) return null;
        var rest = mention[(space + 1)..];
        int words = 1;
        foreach (var ch in rest) if (ch == ' ') words++;
        if (words < 2 || !gazetteer.Find(rest).IsEmpty) return null;
        for (int i = 0; i < rest.Length; i++)
            if ((i == 0 || rest[i - 1] == ' ') && !char.IsUpper(rest[i])) return null;
        return new TextSpan(span.Start + space + 1, rest.Length);
    }

    private static void GroupPersons(State s, CancellationToken ct)
    {
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<string>();
        for (int i = 0; i < s.Infos.Length; i++)
        {
            if (s.Infos[i] is not { Type: EntityType.Person } info) continue;
            if (!byName.TryGetValue(info.Name, out var list)) { byName[info.Name] = list = []; order.Add(info.Name); }
            list.Add(i);
        }
        // Longest names first, so "Mohamed Bazoum" exists before "Bazoum" looks for it.
        var names = order.Select((n, i) => (Name: n, Order: i, Tokens: s.Infos[byName[n][0]]!.Tokens))
            .OrderByDescending(x => x.Tokens.Length).ThenBy(x => x.Order).ToList();
        foreach (var (name, _, tokens) in names)
        {
            ct.ThrowIfCancellationRequested();
            var candidates = PersonCandidates(s, tokens);
            var members = byName[name];
            if (candidates.Count == 0)
            {
                var cluster = s.NewCluster(EntityType.Person, name, tokens, null);
                foreach (var i in members) s.Join(cluster, i);
                foreach (var t in tokens) s.IndexToken(t, cluster);
                continue;
            }
            foreach (var i in members)
                s.Join(candidates.Count == 1 ? candidates[0] : NearestBefore(candidates, s.Infos[i]!.Span.Start), i);
        }
    }

    private static List<Cluster> PersonCandidates(State s, string[] tokens)
    {
        var found = new List<Cluster>();
        if (!s.PersonsByToken.TryGetValue(tokens[^1], out var pool) && (tokens.Length > 1 || !s.PersonsByToken.TryGetValue(tokens[0], out pool)))
            return found;
        if (tokens.Length == 1)
        {
            foreach (var c in pool) if (SameToken(c.Tokens[^1], tokens[0])) found.Add(c);
            if (found.Count == 0) foreach (var c in pool) if (SameToken(c.Tokens[0], tokens[0])) found.Add(c);
            return found;
        }
        foreach (var c in pool) if (IsSubsequence(tokens, c.Tokens)) found.Add(c);
        return found;
    }

    private static bool IsSubsequence(string[] part, string[] whole)
    {
        int j = 0;
        foreach (var t in whole)
            if (j < part.Length && SameToken(t, part[j])) j++;
        return j == part.Length;
    }

    // Case-insensitive so that datelines and headlines in capitals ("MILLER") join "Matt Miller".
    private static bool SameToken(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static Cluster NearestBefore(List<Cluster> candidates, int start)
    {
        Cluster best = candidates[0];
        int bestStart = -1;
        foreach (var c in candidates)
            foreach (var m in c.MentionStarts)
                if (m < start && m > bestStart) { bestStart = m; best = c; }
        return best;
    }

    private void GroupOthers(State s, CancellationToken ct)
    {
        var text = s.Doc.Text;
        for (int i = 0; i < s.Infos.Length; i++)
        {
            if ((i & 1023) == 0) ct.ThrowIfCancellationRequested();
            if (s.Infos[i] is not { } info || s.Assigned[i] is not null) continue;
            var cluster = Find(s, info);
            if (cluster is null)
            {
                cluster = s.NewCluster(info.Type, info.Name, info.Tokens, info.Subtype);
                s.ByKey[info.Key] = cluster;
                if (WithoutNationPrefix(info) is { } shortKey) s.ByKey.TryAdd(shortKey, cluster);
                if (info.Tokens.Length > 1 && info.Type != EntityType.Location) RegisterInitialisms(s, cluster);
            }
            s.Join(cluster, i);
            if (info.Tokens.Length > 1 && ParentheticalAcronym(text, info.Span.End) is { } acronym)
            {
                cluster.AddAlias(acronym);
                s.ByAlias.TryAdd(acronym, cluster);
            }
        }
    }

    private Cluster? Find(State s, MentionInfo info)
    {
        bool acronym = IsAcronym(info.Name);
        if (acronym && s.ByAlias.TryGetValue(info.Name, out var aliased)) return aliased.Resolve();
        if (s.ByKey.TryGetValue(info.Key, out var same)) return same.Resolve();
        if (WithoutNationPrefix(info) is { } shortKey && s.ByKey.TryGetValue(shortKey, out var unqualified)) return unqualified.Resolve();
        if (acronym && s.ByInitials.TryGetValue(info.Name, out var longForm))
        {
            longForm = longForm.Resolve();
            longForm.AddAlias(info.Name);
            s.ByAlias.TryAdd(info.Name, longForm);
            return longForm;
        }
        // The recogniser sometimes types a lone surname as an organisation, location or misc ("Bazoum said …").
        if (info.Tokens.Length == 1 && info.Type != EntityType.Person && info.Subtype is null && !acronym
            && s.PersonsByToken.TryGetValue(info.Name, out var persons))
        {
            Cluster? only = null;
            foreach (var p in persons)
                if (p.Tokens.Length > 1 && SameToken(p.Tokens[^1], info.Name)) { if (only is not null && only != p) return null; only = p; }
            return only;
        }
        return null;
    }

    // "U.S. State Department" and a later "State Department" are one body: the key without a leading country or
    // demonym. (Two foreign ministries named in one article would merge; news names the second one in full.)
    private string? WithoutNationPrefix(MentionInfo info)
    {
        if (info.Type != EntityType.Organization || info.Tokens.Length < 2) return null;
        var first = info.Tokens[0];
        bool nation = gazetteer.TryGetDemonym(first, out _) || (gazetteer.Find(first) is { IsEmpty: false } e && e[0].Kind == PlaceKind.Country);
        return nation ? EntityType.Organization + ":" + string.Join(' ', info.Tokens, 1, info.Tokens.Length - 1) : null;
    }

    // "Economic Community of West African States" answers to ECWAS and ECOWAS; an acronym seen before its long form
    // is merged into it.
    private static void RegisterInitialisms(State s, Cluster cluster)
    {
        Span<char> all = stackalloc char[cluster.Tokens.Length];
        Span<char> content = stackalloc char[cluster.Tokens.Length];
        int a = 0, c = 0;
        foreach (var t in cluster.Tokens)
        {
            if (!char.IsLetter(t[0])) continue;
            all[a++] = char.ToUpperInvariant(t[0]);
            if (!Heuristics.RoleVocabulary.InitialismFunctionWords.Contains(t)) content[c++] = char.ToUpperInvariant(t[0]);
        }
        foreach (var initials in new[] { new string(all[..a]), new string(content[..c]) })
        {
            if (initials.Length < 2) continue;
            s.ByInitials.TryAdd(initials, cluster);
            if (s.ByKey.TryGetValue(EntityType.Organization + ":" + initials, out var org) && org != cluster) s.Merge(cluster, org, initials);
            else if (s.ByKey.TryGetValue(EntityType.Misc + ":" + initials, out var misc) && misc != cluster) s.Merge(cluster, misc, initials);
        }
    }

    private static string? ParentheticalAcronym(string text, int end)
    {
        if (end + 4 > text.Length || text[end] != ' ' || text[end + 1] != '(') return null;
        int close = text.IndexOf(')', end + 2, Math.Min(14, text.Length - end - 2));
        if (close < 0) return null;
        var inner = text.AsSpan(end + 2, close - end - 2);
        return IsAcronym(inner) ? inner.ToString() : null;
    }

    /// <summary>Two to ten characters, mostly capitals, no spaces: "ECOWAS", "CNSP", "U.N.", "AfDB".</summary>
    private static bool IsAcronym(ReadOnlySpan<char> s)
    {
        if (s.Length is < 2 or > 10 || !char.IsUpper(s[0])) return false;
        int upper = 0, letters = 0;
        foreach (var ch in s)
        {
            if (char.IsLetter(ch)) { letters++; if (char.IsUpper(ch)) upper++; }
            else if (ch is not ('.' or '&' or '-')) return false;
        }
        return letters >= 2 && upper * 3 >= letters * 2;
    }

    private static void AttachRoles(State s, CancellationToken ct)
    {
        var text = s.Doc.Text;
        // A title phrase never reaches back into the previous person's name ("Former President A and Sen. B").
        int previousPersonEnd = 0;
        for (int i = 0; i < s.Infos.Length; i++)
        {
            if ((i & 1023) == 0) ct.ThrowIfCancellationRequested();
            if (s.Infos[i] is not { } info || s.Assigned[i]?.Resolve() is not { Type: EntityType.Person } cluster) continue;
            if (info.TitleRole is { } inside) cluster.AddRole(s.Doc.TextOf(inside));
            if (RoleFinder.Preceding(text, info.RoleAnchor, previousPersonEnd) is { } before) cluster.AddRole(s.Doc.TextOf(before));
            previousPersonEnd = info.Span.End;
            if (RoleFinder.Apposition(text, info.Span.End) is { } after) cluster.AddRole(s.Doc.TextOf(after));
        }
    }

    private static void SetLayers(State s, Layer<EntityMention> mentions)
    {
        var alive = s.Clusters.Where(c => c.MergedInto is null && c.Mentions.Count > 0).ToList();
        foreach (var c in alive) c.Mentions.Sort();
        alive.Sort((a, b) => a.Mentions[0].CompareTo(b.Mentions[0]));
        var index = new Dictionary<Cluster, int>(alive.Count);
        var entities = new List<Entity>(alive.Count);
        foreach (var c in alive)
        {
            index[c] = entities.Count;
            entities.Add(new Entity(mentions[c.Mentions[0]].Span, c.Name, c.Type)
            {
                Mentions = c.Mentions.ToArray(),
                Aliases = c.Aliases.Where(a => a != c.Name).ToArray(),
                Roles = c.Roles.ToArray(),
                Subtype = c.Subtype,
            });
        }
        var rewritten = new EntityMention[mentions.Count];
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            rewritten[i] = i < s.Assigned.Length && s.Assigned[i]?.Resolve() is { } c
                ? m with { Entity = index[c], Type = c.Type }
                : m with { Entity = -1 };
        }
        s.Doc.Set(Layers.Entities, entities);
        s.Doc.Set(Layers.EntityMentions, rewritten);
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        var s = text.AsSpan(span.Start, span.Length);
        int start = 0, end = s.Length;
        while (start < end && (char.IsWhiteSpace(s[start]) || char.IsControl(s[start]))) start++;
        if (s[start..end].StartsWith("the ", StringComparison.OrdinalIgnoreCase)) start += 4;
        if (s[start..end].EndsWith("'s") || s[start..end].EndsWith("’s")) end -= 2;
        while (end > start && (char.IsWhiteSpace(s[end - 1]) || char.IsControl(s[end - 1]) || s[end - 1] is ',' or ';' or ':' or '\'' or '’')) end--;
        return new TextSpan(span.Start + start, end - start);
    }

    private sealed record MentionInfo(TextSpan Span, TextSpan NameSpan, string Name, string[] Tokens, EntityType Type,
        string? Subtype, string Key, TextSpan? TitleRole, int RoleAnchor);

    private sealed class Cluster(EntityType type, string name, string[] tokens, string? subtype)
    {
        public EntityType Type { get; } = type;
        public string Name { get; private set; } = name;
        public string[] Tokens { get; private set; } = tokens;
        public string? Subtype { get; } = subtype;
        public List<int> Mentions { get; } = [];
        public List<int> MentionStarts { get; } = [];
        public List<string> Aliases { get; } = [];
        public List<string> Roles { get; } = [];
        public Cluster? MergedInto { get; set; }

        public Cluster Resolve()
        {
            var c = this;
            while (c.MergedInto is not null) c = c.MergedInto;
            return c;
        }

        public void AddAlias(string alias)
        {
            if (alias != Name && !Aliases.Contains(alias)) Aliases.Add(alias);
        }

        public void AddRole(string role)
        {
            role = string.Join(' ', role.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var key = Heuristics.RoleVocabulary.Key(role);
            if (!Roles.Exists(r => Heuristics.RoleVocabulary.Key(r) == key)) Roles.Add(role);
        }
    }

    /// <summary>Per-document state, so the component stays immutable and thread-safe.</summary>
    private sealed class State(Document doc, MentionInfo?[] infos)
    {
        public Document Doc { get; } = doc;
        public MentionInfo?[] Infos { get; } = infos;
        public Cluster?[] Assigned { get; } = new Cluster?[infos.Length];
        public List<Cluster> Clusters { get; } = [];
        public Dictionary<string, List<Cluster>> PersonsByToken { get; } = new(StringComparer.OrdinalIgnoreCase);
        public Dictionary<string, Cluster> ByKey { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Cluster> ByAlias { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Cluster> ByInitials { get; } = new(StringComparer.Ordinal);

        public Cluster NewCluster(EntityType type, string name, string[] tokens, string? subtype)
        {
            var c = new Cluster(type, name, tokens, subtype);
            Clusters.Add(c);
            return c;
        }

        public void IndexToken(string token, Cluster c)
        {
            if (!PersonsByToken.TryGetValue(token, out var list)) PersonsByToken[token] = list = [];
            list.Add(c);
        }

        public void Join(Cluster c, int mention)
        {
            Assigned[mention] = c;
            c.Mentions.Add(mention);
            c.MentionStarts.Add(Infos[mention]!.Span.Start);
            c.AddAlias(Infos[mention]!.Name);
        }

        /// <summary>Moves <paramref name="from"/> (an acronym) into <paramref name="into"/> (its long form).</summary>
        public void Merge(Cluster into, Cluster from, string acronym)
        {
            from.MergedInto = into;
            into.Mentions.AddRange(from.Mentions);
            into.MentionStarts.AddRange(from.MentionStarts);
            into.AddAlias(acronym);
            foreach (var a in from.Aliases) into.AddAlias(a);
            ByAlias.TryAdd(acronym, into);
            foreach (var (key, value) in ByKey.ToList())
                if (value == from) ByKey[key] = into;
        }
    }
}
