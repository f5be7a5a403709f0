using System.Collections.Frozen;
using Sitrep.Core;
using Sitrep.Core.Annotations;

namespace Sitrep.Analyze.Quotes;

/// <summary>The cue rules, run sentence by sentence over one text. Per-document state lives here; the lexicons are shared.
/// Three frames cover most reported speech in news:
/// postposed ("The junta …, officials said." / "“…,” said Matt Miller."),
/// preposed ("Miller told NBC News that …" / "Trump said: “…”") and
/// prepositional ("according to two U.S. officials").</summary>
internal sealed class CueRules(string text, List<Quotation> quotations, QuoteAttributorOptions options, Layer<EntityMention>? mentions = null)
{
    private readonly List<AttributionCandidate> _found = [];
    private readonly List<TextSpan> _words = [];
    private int _claimedEnd;

    public List<AttributionCandidate> Apply(List<TextSpan> sentences, CancellationToken ct)
    {
        for (int s = 0; s < sentences.Count; s++)
        {
            if ((s & 255) == 0) ct.ThrowIfCancellationRequested();
            var sentence = sentences[s];
            if (sentence.End <= _claimedEnd) continue;
            _words.Clear();
            CueTokenScanner.Scan(text, sentence, _words);
            if (SpeakerLabel(sentence)) continue;
            ScanSentence(sentence);
        }
        return _found;
    }

    private ReadOnlySpan<char> W(int i) => text.AsSpan(_words[i].Start, _words[i].Length);

    private bool IsPunct(int i) => !char.IsLetterOrDigit(text[_words[i].Start]);

    private static bool In(FrozenSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private void ScanSentence(TextSpan sentence)
    {
        TextSpan? lastSource = null;
        var cues = AttributionHeuristics.CueWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < _words.Count; i++)
        {
            var w = _words[i];
            if (w.Start < _claimedEnd || QuotationAt(w.Start) is not null) continue;
            if (IsPunct(i))
            {
                if (text[w.Start] is '―' or '—' or '–' && QuotationEndingAt(EndOfTextBefore(w.Start)) is { } signed) QuoteSignature(i, signed);
                continue;
            }
            var word = W(i);
            if (word.Equals("according", StringComparison.OrdinalIgnoreCase) && i + 1 < _words.Count && W(i + 1).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                lastSource = AccordingTo(sentence, i) ?? lastSource;
                continue;
            }
            if (!cues.TryGetValue(word, out var precision) || precision < options.MinCuePrecision) continue;
            // A capitalised cue word inside a sentence is a name or a title ("Tell", "Said"), and after a
            // determiner it is a noun ("the show", "a call").
            if (i > 0 && char.IsUpper(word[0])) continue;
            if (i > 0 && In(AttributionHeuristics.Determiners, W(i - 1))) continue;
            // Adverbs ("openly", "reportedly") only decorate a cue; the verb next to them is the cue.
            if (word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || In(AttributionHeuristics.AuxiliariesAndAdverbs, word) || In(AttributionHeuristics.ClauseBoundaries, word) && !In(AttributionHeuristics.ReportingBoundaryWords, word)) continue;
            if (HasNounSuffix(word) || IsAnonymityClause(i) || In(AttributionHeuristics.AnonymityMarkers, word)) continue;
            // "will meet … to discuss a possible intervention": an infinitive of a talk verb names the purpose or topic
            // of a meeting, not speech that was reported.
            if (i > 0 && W(i - 1).Equals("to", StringComparison.OrdinalIgnoreCase) && In(AttributionHeuristics.DiscussionVerbs, word)) continue;
            int before = _found.Count;
            var source = Verb(sentence, i, lastSource);
            // Weak cue words ("called", "shows", "hopes") keep their attribution only with a source that looks like
            // a speaker; with them a wrong frame is more likely than a real attribution.
            if (precision < PlausibleSourceBelow && _found.Count > before && !IsPlausibleSource(_found[^1].Source))
            {
                _found.RemoveAt(_found.Count - 1);
                _claimedEnd = w.End;
                continue;
            }
            lastSource = source ?? lastSource;
        }
    }

    private void Add(AttributionCandidate candidate)
        => _found.Add(candidate.Source is { } source ? candidate with { Source = CleanSource(source) } : candidate);

    /// <summary>Drops conjunctions, prepositions and adverbs that a frame swept into either end of a source
    /// ("and Clinton", "In Ohio, Trump", "by telephone"); null when nothing is left.</summary>
    private TextSpan? CleanSource(TextSpan source)
    {
        var words = new List<TextSpan>(8);
        CueTokenScanner.Scan(text, source, words);
        int first = 0, last = words.Count - 1;
        while (first <= last && (IsPunctAt(words[first]) || In(AttributionHeuristics.SourceEdgeJunk, Slice(words[first])))) first++;
        while (last >= first && (IsPunctAt(words[last]) && text[words[last].Start] != ')' || In(AttributionHeuristics.SourceEdgeJunk, Slice(words[last])) || In(AttributionHeuristics.AuxiliariesAndAdverbs, Slice(words[last])))) last--;
        if (first > last) return null;
        // A source that is only a preposition's object ("by telephone", "in a statement") is not a speaker.
        if (first > 0 && In(AttributionHeuristics.Prepositions, Slice(words[first - 1])) && !char.IsUpper(text[words[first].Start])) return null;
        return TextSpan.FromBounds(words[first].Start, words[last].End);
    }

    private bool IsPunctAt(TextSpan w) => !char.IsLetterOrDigit(text[w.Start]);

    private ReadOnlySpan<char> Slice(TextSpan w) => text.AsSpan(w.Start, w.Length);

    /// <summary>"PENCE: Well, the question …" / "Pat Caddell: Democrat voters …": a paragraph opening with a short
    /// capitalised name and a colon attributes the rest of the paragraph to that name.</summary>
    private bool SpeakerLabel(TextSpan sentence)
    {
        if (sentence.Start > 0 && text[sentence.Start - 1] != '\n') return false;
        int k = 0;
        while (k < _words.Count && k < 6 && !IsPunct(k) && char.IsUpper(text[_words[k].Start])) k++;
        if (k == 0 || k >= _words.Count - 1 || text[_words[k].Start] != ':' || !char.IsLetter(text[_words[k + 1].Start]) && QuotationStartingAt(_words[k + 1].Start) is null) return false;
        var label = TextSpan.FromBounds(_words[0].Start, _words[k - 1].End);
        // With entity mentions at hand, a label must name someone ("PENCE:", not "The Latest:" or "UPDATE:").
        if (mentions is { Count: > 0 } && !NamesSomeone(label)) return false;
        int paragraphEnd = text.IndexOf('\n', _words[k].End);
        if (paragraphEnd < 0) paragraphEnd = text.Length;
        var content = Trim(_words[k].End, paragraphEnd);
        if (content.Length == 0) return false;
        Add(new AttributionCandidate([content], _words[k], TextSpan.FromBounds(_words[0].Start, _words[k - 1].End)));
        _claimedEnd = Math.Max(_claimedEnd, paragraphEnd);
        return true;
    }

    private bool NamesSomeone(TextSpan span)
    {
        for (int i = mentions!.LowerBound(span.Start); i < mentions.Count && mentions[i].Span.Start < span.End; i++)
            if (mentions[i].Type is EntityType.Person or EntityType.Organization) return true;
        // Upper-case transcripts ("PENCE:") defeat a cased recognizer; an all-capitals single name still counts.
        return span.Length > 2 && text.AsSpan(span.Start, span.Length).IndexOfAnyInRange('a', 'z') < 0 && text.AsSpan(span.Start, span.Length).IndexOf(' ') < 0;
    }

    private int EndOfTextBefore(int offset)
    {
        while (offset > 0 && text[offset - 1] is ' ' or '\t' or '\u00A0') offset--;
        return offset;
    }

    /// <summary>"“… our greatest shame.” ― Sonya Herridge": a quotation signed with a dash and a name.</summary>
    private void QuoteSignature(int dash, Quotation quote)
    {
        int k = dash + 1;
        while (k < _words.Count && k - dash <= 5 && !IsPunct(k) && char.IsUpper(text[_words[k].Start])) k++;
        if (k == dash + 1 || !RestIsPunctuation(k)) return;
        Add(new AttributionCandidate(quote.Fragments, _words[dash], TextSpan.FromBounds(_words[dash + 1].Start, _words[k - 1].End)));
        _claimedEnd = Math.Max(_claimedEnd, _words[k - 1].End);
    }

    /// <summary>A reporting verb at word <paramref name="i"/>: decides the frame from the punctuation around it.</summary>
    private TextSpan? Verb(TextSpan sentence, int i, TextSpan? lastSource)
    {
        int left = i;
        while (left > 0 && !IsPunct(left - 1)) left--;
        int leftWords = i - left;
        char before = left > 0 ? text[_words[left - 1].Start] : '\0';
        bool afterBreak = before is ',' or '”' or '"' or '’' or '\'' or '?' or '!' or '—';
        var word = W(i);

        if (QuotedSpeaker(sentence, i) is { } quoted)
            return AfterQuotation(sentence, i, quoted.Quote, quoted.Source);
        // "Tad Devine, Sanders' senior media adviser, said Republicans are …": a name with appositives is the source
        // of a long content after the cue, not the content of an inverted "said Republicans".
        // "Miller, the department's spokesman, said: “…”": a cue that hands over to a quotation with a colon has its
        // source, appositive included, before it.
        if (before == ',' && leftWords == 0 && (WordsUntilPunctuation(i + 1) > 4 || IntroducesQuotation(i)) && Appositive(left - 1) is { } described)
            return Preposed(sentence, i, described);
        // "A senior diplomat, who spoke on condition of anonymity, said …": after a relative clause about a noun
        // phrase, the cue is not inverted whatever the length of what follows.
        if (before == ',' && leftWords == 0 && RelativeClauseSource(left - 1) is { } relative)
            return Preposed(sentence, i, relative);
        if (afterBreak && (leftWords <= 6 || leftWords <= 15 && RestIsPunctuation(i + 1)) && left > 1 && !HasBoundaryWord(left, i)
            && !(leftWords > 0 && In(AttributionHeuristics.ClauseOpeners, W(left))) && RemainderIsShort(left, i))
            return Postposed(sentence, i, left);
        if (before == ',' && leftWords == 0 && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            return Preposed(sentence, i, lastSource ?? SentenceSubject(sentence));
        if (leftWords > 0 && In(AttributionHeuristics.ClauseBoundaries, W(LastNonAuxiliary(left, i))) && W(LastNonAuxiliary(left, i)) is "and" or "but")
            return Preposed(sentence, i, lastSource ?? SentenceSubject(sentence));
        if (i > 0 && IsPassive(i))
            return Passive(sentence, i, left);
        // "Enthusiasm for Clinton appears to have plummeted": raising verbs attribute no source; the subject belongs
        // to the content.
        if (In(AttributionHeuristics.RaisingVerbs, word) && i > left)
            return WithoutSource(sentence, i, left, i);
        return Preposed(sentence, i, SourceBefore(left, i) ?? (before == ',' ? Appositive(left - 1) : before == ')' ? Parenthesized(left - 1) : null));
    }

    /// <summary>"Rep. Hank Johnson (D-Ga.) said …": the source is the phrase before the parenthesis, with it.</summary>
    private TextSpan? Parenthesized(int close)
    {
        int open = close - 1;
        while (open >= 0 && close - open < 10 && text[_words[open].Start] != '(') open--;
        if (open <= 0 || text[_words[open].Start] != '(') return null;
        int left = open;
        while (left > 0 && !IsPunct(left - 1)) left--;
        return SourceBefore(left, open) is { } head ? TextSpan.FromBounds(head.Start, _words[close].End) : null;
    }

    /// <summary>"Senator Dianne Feinstein, Democrat of California, said …": the source runs from the sentence start
    /// (or a dash or colon) over at most two comma-separated parts up to the comma before the cue.</summary>
    private TextSpan? Appositive(int comma)
    {
        int k = comma - 1, commas = 0, words = 0;
        while (k >= 0)
        {
            if (IsPunct(k))
            {
                char c = text[_words[k].Start];
                if (c is '\'' or '’' or '.' or '-') { k--; continue; }
                if (c != ',' || ++commas > 3) break;
            }
            else if (++words > 30 || In(AttributionHeuristics.AppositiveBreakers, W(k))) return null;
            k--;
        }
        int first = k + 1;
        if (first >= comma || commas == 0 || k >= 0 && text[_words[k].Start] is not ('—' or ':' or '(' or '“' or '"')) return null;
        // The first part must end in a name ("Tad Devine, …"), not be a clause ("The economy is weak, …"), unless it
        // is a title that the name after it completes ("The government spokesman, Zoltan Kovacs, said …").
        int firstComma = first;
        while (firstComma < comma && !(IsPunct(firstComma) && text[_words[firstComma].Start] == ',')) firstComma++;
        if (firstComma == first) return null;
        if (!char.IsUpper(text[_words[firstComma - 1].Start]) && !(commas == 1 && IsNameRun(firstComma + 1, comma) && !HasAuxiliary(first, firstComma))) return null;
        if (!char.IsUpper(text[_words[first].Start]) && !In(AttributionHeuristics.Determiners, W(first))) return null;
        return TextSpan.FromBounds(_words[first].Start, _words[comma - 1].End);
    }

    /// <summary>"A senior diplomat, who spoke on condition of anonymity because …, said …": a noun phrase opening the
    /// sentence and a relative clause about it, up to the comma before the cue.</summary>
    private TextSpan? RelativeClauseSource(int comma)
    {
        int who = comma - 1;
        while (who > 1 && comma - who <= 30 && !(W(who).Equals("who", StringComparison.OrdinalIgnoreCase) && text[_words[who - 1].Start] == ',')) who--;
        if (who <= 1 || !W(who).Equals("who", StringComparison.OrdinalIgnoreCase) || text[_words[who - 1].Start] != ',') return null;
        int first = who - 2;
        while (first > 0 && !IsPunct(first - 1)) first--;
        if (first > 0 && text[_words[first - 1].Start] is not ('—' or ':' or '(' or '“' or '"')) return null;
        int words = who - 1 - first;
        var opener = W(first);
        if (words is < 1 or > 6 || HasAuxiliary(first, who - 1)
            || !(char.IsUpper(opener[0]) && !In(AttributionHeuristics.ClauseOpeners, opener) || In(AttributionHeuristics.Determiners, opener) || In(AttributionHeuristics.Quantifiers, opener)))
            return null;
        // "Residents liked the mayor, who …": a clause, not a noun phrase.
        if (!IsNounPhrase(first, who - 1) || !IsPlausibleSource(TextSpan.FromBounds(_words[first].Start, _words[who - 2].End))) return null;
        return TextSpan.FromBounds(_words[first].Start, _words[comma - 1].End);
    }

    /// <summary>Words [from, to) read as a noun phrase rather than a clause: no past-tense verb after the first word
    /// ("liked") and no determiner that follows anything but a preposition ("the head of the agency" is one).</summary>
    private bool IsNounPhrase(int from, int to)
    {
        for (int k = from + 1; k < to; k++)
        {
            var w = W(k);
            if (char.IsLower(w[0]) && w.EndsWith("ed", StringComparison.Ordinal)) return false;
            if (In(AttributionHeuristics.Determiners, w) && !In(AttributionHeuristics.Prepositions, W(k - 1))) return false;
        }
        return true;
    }

    /// <summary>Words [from, to) are one to four capitalised words: a name.</summary>
    private bool IsNameRun(int from, int to)
    {
        if (to - from is < 1 or > 4) return false;
        for (int k = from; k < to; k++)
            if (IsPunct(k) || !char.IsUpper(text[_words[k].Start])) return false;
        return true;
    }

    private bool HasAuxiliary(int from, int to)
    {
        for (int k = from; k < to; k++)
            if (IsAuxiliary(k)) return true;
        return false;
    }

    private bool IsPassive(int cue)
        => (W(cue).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || In(AttributionHeuristics.IrregularParticiples, W(cue))) && W(cue - 1) is var aux
           && (aux.Equals("is", StringComparison.OrdinalIgnoreCase) || aux.Equals("are", StringComparison.OrdinalIgnoreCase)
               || aux.Equals("was", StringComparison.OrdinalIgnoreCase) || aux.Equals("were", StringComparison.OrdinalIgnoreCase)
               || aux.Equals("been", StringComparison.OrdinalIgnoreCase) || aux.Equals("be", StringComparison.OrdinalIgnoreCase));

    /// <summary>"About one in nine voters is expected to be Latino": no source; the subject and the rest are the content.</summary>
    private TextSpan? Passive(TextSpan sentence, int i, int left)
    {
        int aux = i - 1;
        while (aux > left && IsAuxiliary(aux - 1)) aux--;
        return WithoutSource(sentence, i, left, aux);
    }

    private TextSpan? WithoutSource(TextSpan sentence, int i, int left, int subjectEnd)
    {
        while (subjectEnd > left && IsAuxiliary(subjectEnd - 1)) subjectEnd--;
        var subject = Trim(left < _words.Count ? Math.Max(_words[left].Start, _claimedEnd) : sentence.Start, _words[subjectEnd].Start);
        var rest = Trim(_words[i].End, sentence.End);
        if (rest.Length == 0) return null;
        TextSpan[] content = subject.Length > 0 ? [subject, rest] : [rest];
        Add(new AttributionCandidate(content, _words[i], null));
        _claimedEnd = Math.Max(_claimedEnd, rest.End);
        return null;
    }

    /// <summary>When word <paramref name="j"/> opens a clause after a comma or a clause opener ("while", "but") and a
    /// strong cue follows within eight words, the index where that clause starts.</summary>
    private int? ClauseWithOwnCue(int contentStart, int j)
    {
        if (!(IsPunct(j - 1) && text[_words[j - 1].Start] is ',' or ';' || In(AttributionHeuristics.ClauseOpeners, W(j)) && !W(j).Equals("and", StringComparison.OrdinalIgnoreCase))) return null;
        var cues = AttributionHeuristics.CueWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int k = j + 1; k < _words.Count && k <= j + 8; k++)
        {
            if (IsPunct(k)) return null;
            if (W(k).Equals("that", StringComparison.OrdinalIgnoreCase)) return null;
            if (char.IsLower(text[_words[k].Start]) && cues.TryGetValue(W(k), out var p) && p >= StrongCuePrecision && k > j + (In(AttributionHeuristics.ClauseOpeners, W(j)) ? 1 : 0))
                return IsPunct(j - 1) ? j - 1 : j;
        }
        return null;
    }

    private bool IsCoordinatedCue(int j)
    {
        var w = W(j);
        if (!(w.Equals("and", StringComparison.OrdinalIgnoreCase) || w.Equals("but", StringComparison.OrdinalIgnoreCase))) return false;
        int k = j + 1;
        while (k < _words.Count && k <= j + 3 && IsAuxiliary(k)) k++;
        return k < _words.Count && AttributionHeuristics.CueWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(W(k), out var p)
            && p >= StrongCuePrecision && char.IsLower(text[_words[k].Start]);
    }

    /// <summary>Cue words less reliable than this need a plausible source (calibrated on polnear/dev: 0.5 beat 0.7).</summary>
    private const double PlausibleSourceBelow = 0.5;

    /// <summary>Cue words this reliable ("said" .92, "told" .84, "wrote" .89) start an attribution wherever they stand.</summary>
    private const double StrongCuePrecision = 0.7;

    /// <summary>A quotation followed within a few words by a cue of its own ("“…,” she replied") is not a continuation.</summary>
    private bool HasOwnCue(Quotation q)
    {
        var cues = AttributionHeuristics.CueWords.GetAlternateLookup<ReadOnlySpan<char>>();
        int p = q.Outer.End, words = 0;
        while (p < text.Length && words < 8)
        {
            while (p < text.Length && text[p] is ' ' or ',') p++;
            if (p >= text.Length || !char.IsLetter(text[p])) return false;
            int start = p;
            while (p < text.Length && (char.IsLetter(text[p]) || text[p] is '.' or '\'' or '’' or '-')) p++;
            var word = text.AsSpan(start, p - start).TrimEnd('.');
            if (char.IsLower(word[0]) && cues.TryGetValue(word, out var precision) && precision >= options.MinCuePrecision) return true;
            words++;
        }
        return false;
    }

    /// <summary>A short noun phrase ending in a name, a pronoun, a relative pronoun or a source noun.</summary>
    private bool IsPlausibleSource(TextSpan? source)
    {
        if (source is not { } span) return false;
        var words = new List<TextSpan>(8);
        CueTokenScanner.Scan(text, span, words);
        // An appositive source is judged by its head, the part before the first comma.
        int comma = words.FindIndex(w => text[w.Start] == ',');
        if (comma > 0) words.RemoveRange(comma, words.Count - comma);
        if (words.Count == 0 || words.Count > options.MaxSourceWords) return false;
        var last = text.AsSpan(words[^1].Start, words[^1].Length);
        if (char.IsUpper(last[0]) || In(AttributionHeuristics.PersonalPronouns, last) || In(AttributionHeuristics.RelativeSources, last)) return true;
        for (int k = 0; k < words.Count; k++)
            if (In(AttributionHeuristics.AnonymousSourceNouns, text.AsSpan(words[k].Start, words[k].Length))) return true;
        // "the campaign", "a new poll", "many Republicans": a determiner, then a noun at the end (not a verb form).
        var first = text.AsSpan(words[0].Start, words[0].Length);
        return words.Count is >= 2 and <= 5 && (In(AttributionHeuristics.Determiners, first) || In(AttributionHeuristics.Quantifiers, first)) && char.IsLetter(last[0])
            && !last.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !last.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && !In(AttributionHeuristics.ClauseBoundaries, last) && !In(AttributionHeuristics.AuxiliariesAndAdverbs, last) && !In(AttributionHeuristics.Determiners, last);
    }

    /// <summary>"who asked not to be named", "spoke on condition of anonymity": part of a source, not a cue.</summary>
    private bool IsAnonymityClause(int cue)
    {
        for (int k = cue + 1; k < _words.Count && k <= cue + 5; k++)
            if (In(AttributionHeuristics.AnonymityMarkers, W(k)) && !W(k).Equals("familiar", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool HasNounSuffix(ReadOnlySpan<char> word)
    {
        foreach (var suffix in AttributionHeuristics.NounSuffixes)
            if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private int LastNonAuxiliary(int left, int cue)
    {
        int end = cue - 1;
        while (end > left && IsAuxiliary(end)) end--;
        return end;
    }

    /// <summary>"“…,” Michael McFaul, a senior fellow at the Hoover Institution, said of RT." A quotation closes earlier in
    /// the sentence and only a short speaker phrase (no clause of its own) stands between it and the cue.</summary>
    private (Quotation Quote, TextSpan? Source)? QuotedSpeaker(TextSpan sentence, int cue)
    {
        int k = cue - 1, words = 0;
        while (k >= 0 && words <= 25)
        {
            var w = _words[k];
            if (QuotationEndingAt(w.End) is { } q)
            {
                // The quotation must hand over to the speaker with a comma (inside or after it), a question or an exclamation.
                char last = text[q.ContentEnd - 1 < q.ContentStart ? q.ContentStart : q.ContentEnd - 1];
                bool handsOver = last is ',' or '?' or '!' or '—' || (k + 1 < cue && text[_words[k + 1].Start] == ',');
                if (!handsOver) return null;
                int first = k + 1;
                while (first < cue && IsPunct(first)) first++;
                int lastWord = cue - 1;
                while (lastWord >= first && (IsPunct(lastWord) || IsAuxiliary(lastWord))) lastWord--;
                TextSpan? source = lastWord >= first ? TextSpan.FromBounds(_words[first].Start, _words[lastWord].End) : SourceAfter(cue);
                return (q, source);
            }
            if (IsPunct(k) && text[w.Start] is '.' or ';' or ':') return null;
            if (!IsPunct(k))
            {
                words++;
                if (W(k).Equals("that", StringComparison.OrdinalIgnoreCase)) return null;
                if (k < cue - 1 && AttributionHeuristics.CueWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(W(k), out var p) && p >= options.MinCuePrecision && char.IsLower(text[w.Start])) return null;
            }
            k--;
        }
        return null;
    }

    private TextSpan? AfterQuotation(TextSpan sentence, int i, Quotation quoted, TextSpan? source)
    {
        var content = new List<TextSpan>(quoted.Fragments);
        int end = Math.Max(_words[i].End, source?.End ?? 0);
        int next = NextPunctuationAfter(end);
        if (next >= 0 && text[_words[next].Start] is ',' or ':' && next + 1 < _words.Count && QuotationStartingAt(_words[next + 1].Start) is { } rest)
        {
            content.AddRange(rest.Fragments);
            end = rest.Outer.End;
        }
        else if (QuotationAfterSentence(sentence) is { } following)
        {
            content.AddRange(following.Fragments);
            end = following.Outer.End;
        }
        Add(new AttributionCandidate([.. content], _words[i], source));
        _claimedEnd = Math.Max(_claimedEnd, end);
        return source;
    }

    /// <summary>"…, officials said." / "“…,” he said, “…”" / "“…,” said Matt Miller." Content comes before the cue.</summary>
    private TextSpan? Postposed(TextSpan sentence, int i, int left)
    {
        int breakWord = left - 1;
        var content = new List<TextSpan>(2);
        var quoted = QuotationEndingAt(_words[breakWord].End) ?? (breakWord > 0 && text[_words[breakWord].Start] == ',' ? QuotationEndingAt(_words[breakWord - 1].End) : null);
        if (quoted is not null) content.AddRange(quoted.Fragments);
        else
        {
            int start = Math.Max(sentence.Start, _claimedEnd);
            if (start == sentence.Start && (start == 0 || text[start - 1] == '\n'))
                start += AttributionHeuristics.DatelineLength(text, start, _words[breakWord].Start - start);
            var clause = Trim(start, _words[breakWord].Start);
            if (clause.Length == 0) return null;
            content.Add(clause);
        }
        var source = left < i ? SourceBefore(left, i) : SourceAfter(i);
        int end = Math.Max(_words[i].End, source?.End ?? 0);
        int next = NextWordAfter(end);
        int punct = NextPunctuationAfter(end);
        // An interrupted quote continues after the cue: "“We are …,” he said, “and we will …”".
        if (punct >= 0 && text[_words[punct].Start] is ',' or ':' && punct + 1 < _words.Count && QuotationStartingAt(_words[punct + 1].Start) is { } rest)
        {
            content.AddRange(rest.Fragments);
            end = rest.Outer.End;
        }
        else if (quoted is not null && QuotationAfterSentence(sentence) is { } following)
        {
            content.AddRange(following.Fragments);
            end = following.Outer.End;
        }
        else if (left == i && source is { } speaker && next >= 0 && text[_words[next].Start] == ',' && next + 1 < _words.Count && WordsUntilPunctuation(next + 1) <= 15 && RestIsPunctuation(next + 1 + WordsUntilPunctuation(next + 1)))
        {
            // "…, said Tad Devine, a strategist.": the trailing appositive describes the speaker.
            source = TextSpan.FromBounds(speaker.Start, _words[next + WordsUntilPunctuation(next + 1)].End);
            end = source.Value.End;
        }
        else if (next >= 0 && text[_words[next].Start] == ',' && next + 1 < _words.Count && !IsPunct(next + 1) && quoted is null && IsParenthetical(next))
        {
            // "The junta, officials said, will …": the content continues after the parenthetical cue.
            var tail = Trim(_words[next].End, sentence.End);
            if (tail.Length > 0) { content.Add(tail); end = tail.End; }
        }
        Add(new AttributionCandidate([.. content], _words[i], source));
        _claimedEnd = Math.Max(_claimedEnd, end);
        return source;
    }

    /// <summary>"Miller told NBC News that …", "Trump said: “…”". Content comes after the cue.</summary>
    private TextSpan? Preposed(TextSpan sentence, int i, TextSpan? source)
    {
        if (source is null) return null;
        int k = i + 1;
        bool listener = In(AttributionHeuristics.ListenerVerbs, W(i));
        for (int look = i + 1; look < _words.Count && look <= i + 7; look++)
        {
            if (W(look).Equals("that", StringComparison.OrdinalIgnoreCase)) { k = look; break; }
            if (IsPunct(look))
            {
                if (listener || text[_words[look].Start] is ':' || look == i + 1) k = look + 1;
                break;
            }
        }
        // The cue ends the sentence ("Trump said:") or is followed by a quotation: the quotation is the content.
        int first = k < _words.Count ? _words[k].Start : sentence.End;
        var quote = k < _words.Count ? QuotationStartingAt(first) : null;
        if (quote is null && RestIsPunctuation(k)) quote = QuotationAfterSentence(sentence);
        if (quote is not null && (quote.Outer.End >= sentence.End || k >= _words.Count))
        {
            Add(new AttributionCandidate(quote.Fragments, _words[i], source));
            _claimedEnd = Math.Max(_claimedEnd, quote.Outer.End);
            return source;
        }
        if (k >= _words.Count) return null;
        int end = sentence.End;
        // A quotation opened inside the content and closed in a later sentence carries the content with it.
        bool quoteSeen = false;
        for (int j = k; j < _words.Count; j++)
        {
            if (!quoteSeen && QuotationStartingAt(_words[j].Start) is { } q)
            {
                quoteSeen = true;
                if (q.Outer.End > sentence.End) { end = q.Outer.End; break; }
            }
            // "… says Machado promised to help and said she would stand up to the attacks": a second cue joined by
            // "and" starts an attribution of its own.
            if (j > k && IsCoordinatedCue(j)) { end = _words[j].Start; break; }
            // "…, while Jeb Bush in a Medium post said …": a clause with a strong cue of its own ends the content.
            if (j > k + 1 && ClauseWithOwnCue(k, j) is int clauseStart) { end = _words[clauseStart].Start; break; }
        }
        var content = Trim(first, end);
        if (content.Length == 0) return null;
        Add(new AttributionCandidate([content], _words[i], source));
        _claimedEnd = Math.Max(_claimedEnd, content.End);
        return source;
    }

    /// <summary>"according to two U.S. defense officials, …" / "…, according to the officials."</summary>
    private TextSpan? AccordingTo(TextSpan sentence, int i)
    {
        var cue = TextSpan.FromBounds(_words[i].Start, _words[i + 1].End);
        var source = SourceAfter(i + 1);
        var content = new List<TextSpan>(2);
        int left = i;
        while (left > 0 && !IsPunct(left - 1)) left--;
        // "According to two people familiar with the matter, the sides …": opening its clause, the phrase runs to the
        // comma, postmodifiers included, where the plain noun-phrase scan stops at "with".
        // A clause after the comma with a cue of its own ("…, he told the council …") is that cue's attribution.
        if (left == i && source is { } head0 && SourceUpToComma(i + 1) is { } longer && longer.End > head0.End
            && NextWordAfter(longer.End) is var comma && ClauseWithOwnCue(comma + 1, comma + 1) is null)
            source = longer;
        int afterSource = source?.End ?? cue.End;
        var head = Trim(Math.Max(sentence.Start, _claimedEnd), left > 0 ? _words[left - 1].Start : _words[i].Start);
        if (left == i && head.Length > 0) content.Add(head);
        int next = NextWordAfter(afterSource);
        if (next >= 0 && text[_words[next].Start] == ',')
        {
            var tail = Trim(_words[next].End, sentence.End);
            if (tail.Length > 0) content.Add(tail);
        }
        if (content.Count == 0 && head.Length > 0) content.Add(head);
        if (content.Count == 0) return null;
        Add(new AttributionCandidate([.. content], cue, source));
        _claimedEnd = Math.Max(_claimedEnd, Math.Max(afterSource, content[^1].End));
        return source;
    }

    /// <summary>The noun phrase ending just before the cue, skipping auxiliaries and adverbs ("has also said").</summary>
    private TextSpan? SourceBefore(int left, int cue)
    {
        int end = cue - 1;
        while (end >= left && IsAuxiliary(end)) end--;
        if (end < left) return null;
        if (In(AttributionHeuristics.RelativeSources, W(end))) return _words[end];
        // "a U.S. official who asked not to be named said", "two people familiar with the talks said": the head noun
        // stands before the relative clause or the postmodifier.
        for (int k = end - 1; k > left; k--)
        {
            if (!In(AttributionHeuristics.PostmodifierStarts, W(k))) continue;
            if (IsBoundary(k - 1)) break;
            int head = k - 1, first = head;
            while (first > left && head - first + 1 < options.MaxSourceWords && !IsBoundary(first - 1)) first--;
            return TextSpan.FromBounds(_words[first].Start, _words[end].End);
        }
        if (IsBoundary(end)) return null;
        int start = end;
        while (start > left && end - start + 1 < options.MaxSourceWords && !IsBoundary(start - 1)) start--;
        if (IsBoundary(start)) start++;
        if (start > end) return null;
        return TextSpan.FromBounds(_words[start].Start, _words[end].End);
    }

    /// <summary>The noun phrase right after a cue ("said State Department spokesperson Matt Miller in a statement").</summary>
    private TextSpan? SourceAfter(int cue)
    {
        int k = cue + 1, n = 0;
        while (k < _words.Count && n < options.MaxSourceWords && !IsPunct(k) && !In(AttributionHeuristics.PostposedSourceStops, W(k)))
        {
            k++;
            n++;
        }
        return n == 0 ? null : TextSpan.FromBounds(_words[cue + 1].Start, _words[k - 1].End);
    }

    /// <summary>The words after <paramref name="cue"/> up to a comma, when a comma comes within the longest source.</summary>
    private TextSpan? SourceUpToComma(int cue)
    {
        int k = cue + 1;
        while (k < _words.Count && k - cue <= options.MaxSourceWords && !IsPunct(k)) k++;
        // "According to police the man was arrested …, after …": a verb inside means the clause began without a comma.
        return k < _words.Count && k > cue + 1 && text[_words[k].Start] == ',' && !HasAuxiliary(cue + 1, k)
            ? TextSpan.FromBounds(_words[cue + 1].Start, _words[k - 1].End) : null;
    }

    /// <summary>The subject of a sentence, for participial cues ("…, saying …"): a leading pronoun or run of names.</summary>
    private TextSpan? SentenceSubject(TextSpan sentence)
    {
        int k = 0;
        while (k < _words.Count && IsPunct(k)) k++;
        if (k >= _words.Count) return null;
        if (In(AttributionHeuristics.PersonalPronouns, W(k))) return _words[k];
        int start = k;
        while (k < _words.Count && k - start < 6 && !IsPunct(k) && (char.IsUpper(text[_words[k].Start]) || W(k) is "of" or "the")) k++;
        // "The members of the Economic Community … met and warned": a lone determiner opens a noun phrase; take its
        // head noun and an "of" phrase of names after it rather than the bare "The".
        if (k == start + 1 && In(AttributionHeuristics.Determiners, W(start)) && k < _words.Count && !IsPunct(k) && char.IsLower(text[_words[k].Start])
            && !IsAuxiliary(k) && !In(AttributionHeuristics.ClauseBoundaries, W(k)))
        {
            k++;
            if (k + 1 < _words.Count && W(k) is "of" && char.IsUpper(text[_words[k + 1].Start]) || k + 2 < _words.Count && W(k) is "of" && W(k + 1) is "the" && char.IsUpper(text[_words[k + 2].Start]))
            {
                k++;
                int nameStart = k;
                while (k < _words.Count && k - nameStart < 10 && !IsPunct(k) && (char.IsUpper(text[_words[k].Start]) || W(k) is "of" or "the")) k++;
                if (k + 2 < _words.Count && text[_words[k].Start] == '(' && text[_words[k + 2].Start] == ')') k += 3;
            }
        }
        return k == start ? null : TextSpan.FromBounds(_words[start].Start, _words[k - 1].End);
    }

    private bool IsAuxiliary(int i)
    {
        var w = W(i);
        return In(AttributionHeuristics.AuxiliariesAndAdverbs, w) || (w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(w[0]));
    }

    private bool IsBoundary(int i) => IsPunct(i) || In(AttributionHeuristics.ClauseBoundaries, W(i));

    private bool HasBoundaryWord(int from, int to)
    {
        for (int k = from; k < to; k++)
            if (W(k) is var w && (w.Equals("that", StringComparison.OrdinalIgnoreCase) || w.Equals("and", StringComparison.OrdinalIgnoreCase))) return true;
        return false;
    }

    /// <summary>After a postposed cue only a trailer may follow: nothing, a time or place ("said on Tuesday", "said in
    /// a statement"), a listener ("told reporters"), or the speaker itself when it was not before the cue ("said Matt
    /// Miller"). Anything else ("said she did feel …") is the content of a preposed cue. The clause before the comma must
    /// be long enough to be content ("Among independents, 73 percent said the same" is not).</summary>
    private bool RemainderIsShort(int left, int cue)
    {
        int before = 0;
        for (int k = 0; k < left - 1; k++) if (!IsPunct(k)) before++;
        if (before < 4) return false;
        int next = cue + 1;
        if (next >= _words.Count || IsPunct(next) && text[_words[next].Start] is not ('“' or '"' or '‘' or '\'')) return true;
        if (In(AttributionHeuristics.PostposedSourceStops, W(next)) && !W(next).Equals("that", StringComparison.OrdinalIgnoreCase)) return true;
        if (left == cue) return IsInvertedSpeaker(next);
        if (In(AttributionHeuristics.ListenerVerbs, W(cue)))
        {
            for (int k = next; k < _words.Count && k <= next + 4; k++)
                if (IsPunct(k)) return text[_words[k].Start] is not ('“' or '"' or '‘' or '\'');
        }
        return false;
    }

    /// <summary>"said Matt Miller", "said a senior official": a name or a source noun phrase, not a clause, follows.</summary>
    private bool IsInvertedSpeaker(int next)
    {
        var w = W(next);
        if (char.IsUpper(w[0])) return !In(AttributionHeuristics.PersonalPronouns, w) && !In(AttributionHeuristics.Determiners, w);
        if (!In(AttributionHeuristics.Determiners, w) && !In(AttributionHeuristics.Quantifiers, w)) return false;
        for (int k = next + 1; k < _words.Count && k <= next + 5; k++)
        {
            if (IsPunct(k)) return false;
            if (In(AttributionHeuristics.AnonymousSourceNouns, W(k))) return k + 1 >= _words.Count || IsPunct(k + 1) || In(AttributionHeuristics.PostmodifierStarts, W(k + 1));
        }
        return false;
    }

    private bool IsParenthetical(int comma)
    {
        // The words after the second comma must form a predicate, not another list item: require a lower-case start.
        return char.IsLower(text[_words[comma + 1].Start]);
    }

    /// <summary>The cue is followed by a colon and a quotation opening right after it ("said: “…”").</summary>
    private bool IntroducesQuotation(int cue)
        => cue + 2 < _words.Count && text[_words[cue + 1].Start] == ':' && QuotationStartingAt(_words[cue + 2].Start) is not null;

    private int WordsUntilPunctuation(int k)
    {
        int n = 0;
        for (; k < _words.Count && !IsPunct(k); k++) n++;
        return n;
    }

    private bool RestIsPunctuation(int k)
    {
        for (; k < _words.Count; k++) if (!IsPunct(k)) return false;
        return true;
    }

    /// <summary>The first punctuation mark after <paramref name="offset"/> within a listener phrase ("told NBC News,").</summary>
    private int NextPunctuationAfter(int offset)
    {
        int k = NextWordAfter(offset);
        for (int n = 0; k >= 0 && k < _words.Count && n <= 6; k++, n++)
            if (IsPunct(k)) return k;
        return -1;
    }

    private int NextWordAfter(int offset)
    {
        for (int k = 0; k < _words.Count; k++) if (_words[k].Start >= offset) return k;
        return -1;
    }

    private TextSpan Trim(int start, int end)
    {
        end = Math.Min(end, text.Length);
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ';' or ':' or '—')) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';' or ':' or '—')) end--;
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }

    /// <summary>The quotation that opens right after <paramref name="sentence"/>, in the same or the next paragraph.</summary>
    private Quotation? QuotationAfterSentence(TextSpan sentence)
    {
        int p = sentence.End;
        while (p < text.Length && (char.IsWhiteSpace(text[p]) || text[p] is '.' or ':')) p++;
        var q = QuotationStartingAt(p);
        // A quotation that ends with its own comma is followed by its own cue ("“…,” she replied").
        if (q is null || text[q.ContentEnd - 1] == ',' || HasOwnCue(q)) return null;
        return q;
    }

    private Quotation? QuotationStartingAt(int offset)
    {
        int i = LowerBound(offset);
        return i < quotations.Count && quotations[i].Outer.Start == offset ? quotations[i] : null;
    }

    private Quotation? QuotationEndingAt(int offset)
    {
        int i = LowerBound(offset) - 1;
        return i >= 0 && quotations[i].Outer.End == offset ? quotations[i] : null;
    }

    private Quotation? QuotationAt(int offset)
    {
        int i = LowerBound(offset + 1) - 1;
        return i >= 0 && quotations[i].Outer.Contains(offset) ? quotations[i] : null;
    }

    private int LowerBound(int offset)
    {
        int lo = 0, hi = quotations.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (quotations[mid].Outer.Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
