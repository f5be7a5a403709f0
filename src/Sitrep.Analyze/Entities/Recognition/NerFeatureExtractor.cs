using Sitrep.Core;

namespace Sitrep.Analyze.Entities.Recognition;

/// <summary>Turns a tokenized sentence into hashed features per token. The templates: the word, its lower-case form,
/// shape, prefixes and suffixes; neighbours up to two away and word bigrams; capitalization and position flags
/// (including "the whole sentence is in capitals", CoNLL's headlines); word clusters of the word and its
/// neighbours; how often the word is capitalized mid-sentence elsewhere; and gazetteer matches.
/// Changing a template changes the model: bump <see cref="Version"/> and retrain.</summary>
internal sealed class NerFeatureExtractor
{
    public const int Version = 2;

    private ulong[] _word = new ulong[64], _lower = new ulong[64], _shape = new ulong[64], _short = new ulong[64];
    private int[] _cluster = new int[64];
    private byte[] _flags = new byte[64];
    private readonly List<(int Start, int Length, byte Mask)> _gazetteer = [];

    /// <summary>Features of every token, flattened; token i owns features[offsets[i]..offsets[i+1]].</summary>
    public List<ulong> Features { get; } = new(4096);

    public List<int> Offsets { get; } = new(128);

    public void Extract(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> tokens, NerLexicon lexicon, Dictionary<ulong, byte>? gazetteer = null)
    {
        // Features read a normalized copy of the tokens, so typographic quotes and dashes look like CoNLL's ASCII.
        Normalize(text, tokens);
        ExtractNormalized(_chars.AsSpan(0, _charCount), _spans.AsSpan(0, tokens.Length), lexicon, gazetteer);
    }

    private char[] _chars = new char[1024];
    private int _charCount;
    private TextSpan[] _spans = new TextSpan[64];

    private void Normalize(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> tokens)
    {
        int total = 0;
        foreach (var t in tokens) total += t.Length + 2;
        if (_chars.Length < total) _chars = new char[total * 2];
        if (_spans.Length < tokens.Length) _spans = new TextSpan[tokens.Length * 2];
        int pos = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            int start = pos;
            foreach (char c in text.Slice(tokens[i].Start, tokens[i].Length))
            {
                if (pos + 4 > _chars.Length) Array.Resize(ref _chars, _chars.Length * 2);
                switch (c)
                {
                    case '“' or '”' or '„' or '‟' or '«' or '»' or '″': _chars[pos++] = '"'; break;
                    case '‘' or '’' or '‚' or '‛' or '′' or 'ʼ': _chars[pos++] = '\''; break;
                    case '—' or '–' or '‒' or '―' or '−': _chars[pos++] = '-'; break;
                    case '…': _chars[pos++] = '.'; _chars[pos++] = '.'; _chars[pos++] = '.'; break;
                    default: _chars[pos++] = c; break;
                }
            }
            if (pos + 1 > _chars.Length) Array.Resize(ref _chars, _chars.Length * 2);
            _spans[i] = TextSpan.FromBounds(start, pos);
            _chars[pos++] = ' ';
        }
        _charCount = pos;
    }

    private void ExtractNormalized(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> tokens, NerLexicon lexicon, Dictionary<ulong, byte>? gazetteer)
    {
        int n = tokens.Length;
        EnsureCapacity(n);
        Features.Clear();
        Offsets.Clear();
        bool headline = true;
        int letters = 0;
        for (int i = 0; i < n; i++)
        {
            var w = text.Slice(tokens[i].Start, tokens[i].Length);
            _word[i] = FeatureHash.Of(w);
            _lower[i] = FeatureHash.OfLower(w);
            (_shape[i], _short[i], _flags[i]) = Shape(w);
            _cluster[i] = lexicon.ClusterOf(w);
            if ((_flags[i] & HasLower) != 0) headline = false;
            if ((_flags[i] & HasUpper) != 0) letters++;
        }
        headline &= letters >= 2;
        FindGazetteerMatches(text, tokens, gazetteer ?? lexicon.Gazetteer);

        for (int i = 0; i < n; i++)
        {
            Offsets.Add(Features.Count);
            var w = text.Slice(tokens[i].Start, tokens[i].Length);
            ulong hl = headline ? 1UL : 0UL;
            Add(1, 0);
            Add(2, _word[i]);
            Add(3, _lower[i]);
            Add(4, _shape[i]);
            Add(5, _short[i], hl);
            for (int k = 1; k <= 4 && k <= w.Length; k++)
            {
                Add(5 + k, FeatureHash.Of(w[..k]));
                Add(9 + k, FeatureHash.OfLower(w[^k..]));
            }
            ulong prev = i > 0 ? _lower[i - 1] : 1, next = i + 1 < n ? _lower[i + 1] : 2;
            ulong prev2 = i > 1 ? _lower[i - 2] : 1, next2 = i + 2 < n ? _lower[i + 2] : 2;
            Add(14, prev);
            Add(15, next);
            Add(16, prev2);
            Add(17, next2);
            Add(18, i > 0 ? _short[i - 1] : 1);
            Add(19, i + 1 < n ? _short[i + 1] : 2);
            Add(20, i > 0 ? _short[i - 1] : 1, _short[i], i + 1 < n ? _short[i + 1] : 2);
            Add(21, prev, _lower[i]);
            Add(22, _lower[i], next);
            Add(23, i == 0 ? 1UL : 0UL, _short[i], hl);
            Add(24, i > 0 ? _word[i - 1] : 1);
            Add(25, i + 1 < n ? _word[i + 1] : 2);
            byte casing = lexicon.CasingOf(w);
            Add(26, casing, (ulong)(_flags[i] & (HasUpper | FirstUpper)), (i == 0 ? 1UL : 0UL) | (hl << 1));
            Add(27, (ulong)Math.Min(w.Length, 12), _short[i]);

            int c = _cluster[i];
            int cp = i > 0 ? _cluster[i - 1] : -1, cn = i + 1 < n ? _cluster[i + 1] : -2;
            int cp2 = i > 1 ? _cluster[i - 2] : -1, cn2 = i + 2 < n ? _cluster[i + 2] : -2;
            Add(30, Fine(c));
            Add(31, Coarse(c));
            Add(32, Fine(cp));
            Add(33, Fine(cn));
            Add(34, Coarse(cp), Coarse(c));
            Add(35, Coarse(c), Coarse(cn));
            Add(36, Coarse(cp2));
            Add(37, Coarse(cn2));
            Add(38, Fine(c), _short[i]);
            Add(39, Coarse(c), hl, i == 0 ? 1UL : 0UL);
            AddGazetteerFeatures(i);
        }
        Offsets.Add(Features.Count);
    }

    /// <summary>Features of a document hint (see <see cref="DocumentContext"/>) for the second pass.</summary>
    public static int HintFeatures(byte hint, Span<ulong> output)
    {
        if (hint == 0) return 0;
        output[0] = FeatureHash.Mix(50, (ulong)(hint & 0x0F));
        output[1] = FeatureHash.Mix(51, (ulong)((hint >> 4) & 7));
        output[2] = FeatureHash.Mix(52, (ulong)(hint >> 7), (ulong)((hint >> 4) & 7));
        return 3;
    }

    public const int MaxHintFeatures = 3;

    private static ulong Fine(int c) => c < 0 ? (ulong)(100000 + c) : (ulong)(c & 0xFFFF);

    private static ulong Coarse(int c) => c < 0 ? (ulong)(100000 + c) : (ulong)(c >> 16);

    private void Add(int template, ulong a, ulong b = 0, ulong c = 0) => Features.Add(FeatureHash.Mix(template, a, b, c));

    private void FindGazetteerMatches(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> tokens, Dictionary<ulong, byte> gazetteer)
    {
        _gazetteer.Clear();
        if (gazetteer.Count == 0) return;
        for (int i = 0; i < tokens.Length; i++)
        {
            // Names start with a capital letter or digit; skipping others keeps lookups few.
            if ((_flags[i] & (HasUpper | HasDigit)) == 0) continue;
            ulong h = NerLexicon.GazetteerSeed;
            for (int len = 1; len <= NerLexicon.MaxGazetteerTokens && i + len <= tokens.Length; len++)
            {
                h = NerLexicon.GazetteerStep(h, text.Slice(tokens[i + len - 1].Start, tokens[i + len - 1].Length));
                if (gazetteer.TryGetValue(h, out byte mask)) _gazetteer.Add((i, len, mask));
            }
        }
    }

    private void AddGazetteerFeatures(int i)
    {
        foreach (var (start, length, mask) in _gazetteer)
        {
            if (i < start || i >= start + length) continue;
            int k = i - start;
            ulong part = length == 1 ? 3UL : k == 0 ? 0UL : k == length - 1 ? 2UL : 1UL;
            for (int t = 0; t < 4; t++)
            {
                if ((mask & (1 << t)) == 0) continue;
                Add(40, (ulong)t, part, length > 1 ? 1UL : 0UL);
                Add(41, (ulong)t);
            }
        }
    }

    private const byte HasUpper = 1, HasLower = 2, HasDigit = 4, FirstUpper = 8;

    /// <summary>Long shape ("Xxxxx" capped), short shape (runs collapsed: "Xx"), and character-class flags.</summary>
    private static (ulong Long, ulong Short, byte Flags) Shape(ReadOnlySpan<char> w)
    {
        ulong lh = 14695981039346656037UL, sh = lh;
        char lastClass = '\0';
        byte flags = 0;
        for (int i = 0; i < w.Length; i++)
        {
            char c = w[i];
            char cls;
            if (char.IsUpper(c)) { cls = 'X'; flags |= HasUpper; if (i == 0) flags |= FirstUpper; }
            else if (char.IsLower(c)) { cls = 'x'; flags |= HasLower; }
            else if (char.IsDigit(c)) { cls = 'd'; flags |= HasDigit; }
            else cls = c;
            if (i < 8) lh = (lh ^ cls) * 1099511628211UL;
            if (cls != lastClass) sh = (sh ^ cls) * 1099511628211UL;
            lastClass = cls;
        }
        if (w.Length > 8) lh = (lh ^ '+') * 1099511628211UL;
        return (lh, sh, flags);
    }

    private void EnsureCapacity(int n)
    {
        if (_word.Length >= n) return;
        int size = Math.Max(n, _word.Length * 2);
        _word = new ulong[size];
        _lower = new ulong[size];
        _shape = new ulong[size];
        _short = new ulong[size];
        _cluster = new int[size];
        _flags = new byte[size];
    }
}
