using Sitrep.Core;

namespace Sitrep.Analyze.Entities.Recognition;

/// <summary>Document-level hints for the second tagging pass: what the first pass predicted for the same word
/// elsewhere in the document. A name is usually written in full, in an unambiguous place, at least once
/// ("Mr. Daniel Ortega" in the lead, "Ortega" in a headline or sentence start later), so the other occurrences
/// disambiguate the hard ones. Hint byte: bits 0-3 = types predicted elsewhere; bits 4-6 = the most frequent of
/// them + 1; bit 7 = also seen capitalized mid-sentence outside any name.</summary>
internal sealed class DocumentContext
{
    private readonly Dictionary<ulong, int> _index = [];
    private int[] _counts = new int[5 * 256];
    private ulong[] _keys = new ulong[256];
    private int[] _contribution = new int[256];

    public void Compute(ReadOnlySpan<char> text, ReadOnlySpan<TextSpan> tokens, ReadOnlySpan<int> sentenceStarts, ReadOnlySpan<int> tags, Span<byte> hints)
    {
        int n = tokens.Length;
        _index.Clear();
        if (_keys.Length < n) { _keys = new ulong[n * 2]; _contribution = new int[n * 2]; }
        int used = 0;
        for (int s = 0; s + 1 < sentenceStarts.Length; s++)
        {
            int from = sentenceStarts[s], to = sentenceStarts[s + 1];
            bool headline = true;
            for (int i = from; i < to && headline; i++)
                if (text.Slice(tokens[i].Start, tokens[i].Length).ContainsAnyInRange('a', 'z')) headline = false;
            for (int i = from; i < to; i++)
            {
                var w = text.Slice(tokens[i].Start, tokens[i].Length);
                _contribution[i] = -1;
                if (w.Length < 2 || !char.IsUpper(w[0])) continue;
                ulong key = FeatureHash.OfLower(w);
                _keys[i] = key;
                int slot;
                if (tags[i] != NerTags.Outside) slot = (int)NerTags.TypeOf(tags[i]);
                else if (i > from && !headline) slot = 4;
                else continue;
                if (!_index.TryGetValue(key, out int k))
                {
                    k = used++;
                    _index[key] = k;
                    if (_counts.Length < used * 5) Array.Resize(ref _counts, _counts.Length * 2);
                    _counts.AsSpan(k * 5, 5).Clear();
                }
                _counts[k * 5 + slot]++;
                _contribution[i] = slot;
            }
        }
        for (int i = 0; i < n; i++)
        {
            hints[i] = 0;
            var w = text.Slice(tokens[i].Start, tokens[i].Length);
            if (w.Length < 2 || !char.IsUpper(w[0]) || !_index.TryGetValue(_keys[i], out int k)) continue;
            int mask = 0, best = -1, bestCount = 0;
            for (int t = 0; t < 5; t++)
            {
                int c = _counts[k * 5 + t] - (_contribution[i] == t ? 1 : 0);
                if (c <= 0) continue;
                if (t == 4) { mask |= 0x80; continue; }
                mask |= 1 << t;
                if (c > bestCount) { bestCount = c; best = t; }
            }
            hints[i] = (byte)(mask | ((best + 1) << 4));
        }
    }
}
