using System.Globalization;
using Sitrep.Core;
using Sitrep.Core.Annotations;

namespace Sitrep.Analyze.Quantities;

/// <summary>Walks the coarse tokens of one document and reads quantities: an optional hedge, an amount (digits with an
/// optional scale, number words, vague multitudes, fractions), an optional range, then the unit (currency, percent
/// or the counted noun). One instance per document.</summary>
internal sealed class QuantityScanner(string text, List<ScanToken> tokens, Layer<TimeExpression> times)
{
    /// <summary>An amount read at one place: bounds, the token after it, and what kind of numeral wrote it.</summary>
    private struct Amount
    {
        public double Low, High, Scale;
        public int End;
        public string? Currency;
        public bool Vague, Digits, Fraction, WordOne, YearLike, HasScale;
    }

    public List<Quantity> Scan(CancellationToken ct)
    {
        var found = new List<Quantity>();
        int i = 0;
        while (i < tokens.Count)
        {
            if ((i & 1023) == 0) ct.ThrowIfCancellationRequested();
            int next = TryAt(i, found);
            i = next > i ? next : i + 1;
        }
        return found;
    }

    private static bool In(System.Collections.Frozen.FrozenSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private ReadOnlySpan<char> Tok(int i) => text.AsSpan(tokens[i].Start, tokens[i].Length);

    private bool IsWord(int i, string w) => i < tokens.Count && tokens[i].Kind == ScanTokenKind.Word && Tok(i).Equals(w, StringComparison.OrdinalIgnoreCase);

    private bool IsSymbol(int i, char c) => i < tokens.Count && tokens[i].Kind == ScanTokenKind.Symbol && text[tokens[i].Start] == c;

    private bool Adjacent(int i) => i < tokens.Count && !tokens[i].SpaceBefore;

    /// <summary>Reads a quantity starting at token <paramref name="i"/>; returns the token after what it consumed
    /// (also after a number it rejected, so a scoreline is skipped whole), or -1 when nothing starts here.</summary>
    private int TryAt(int i, List<Quantity> found)
    {
        var t = tokens[i];
        if (t.Kind == ScanTokenKind.Word && !MayStartQuantity(i)) return -1;
        var approx = Approximation.Exact;
        int j = MatchHedge(i, ref approx);
        if (!TryAmount(j, out var first)) return -1;
        var amount = first;
        int k = first.End;
        if (approx == Approximation.Range)
        {
            string joiner = IsWord(i, "between") ? "and" : "to";
            if (!IsWord(k, joiner) || !TryAmount(k + 1, out var second)) return -1;
            amount = JoinRange(first, second);
            if (amount.High <= amount.Low) return -1;
            k = second.End;
        }
        else if ((IsWord(k, "to") || (IsSymbol(k, '-') || IsSymbol(k, '–')) && Adjacent(k) && Adjacent(k + 1)) && TryAmount(k + 1, out var second)
            && first.Digits == second.Digits)
        {
            bool hyphen = !IsWord(k, "to");
            var joined = JoinRange(first, second);
            // "10-20 soldiers" is a range; "won 3-1" or "555-0199" is not an amount at all; "from $64.8m to $45.1m"
            // is a change, so the first amount stands alone.
            if (joined.High > joined.Low)
            {
                amount = joined;
                approx = Approximation.Range;
                k = second.End;
                // A hyphenated pair counts plural things ("10-20 soldiers"); "a 1-5 deficit" is a score.
                if (hyphen && (ReadNoun(k).Unit is not string u || !IsPlural(u))) return k;
            }
            else if (hyphen) return second.End;
        }
        if (IsWord(k, "or") && (IsWord(k + 1, "more") || IsWord(k + 1, "so")) && approx == Approximation.Exact)
        {
            approx = IsWord(k + 1, "more") ? Approximation.AtLeast : Approximation.Approximate;
            k += 2;
        }
        string? unit = amount.Currency;
        int end = k;
        if (unit is null) (unit, end) = ReadUnit(k, amount);
        if (Rejected(i, j, first, unit, end)) return Math.Max(first.End, j + 1);
        if (amount.Vague) approx = Approximation.Vague;
        var span = TextSpan.FromBounds(tokens[i].Start, tokens[end - 1].End);
        found.Add(new Quantity(span, amount.Low, unit)
        {
            ValueMax = amount.Vague || approx == Approximation.Range ? amount.High : null,
            Approximation = approx,
        });
        return end;
    }

    private static Amount JoinRange(Amount first, Amount second)
    {
        // "between 10 and 20 million": the scale written once applies to both ends.
        double low = second.HasScale && !first.HasScale ? first.Low * second.Scale : first.Low;
        return first with { Low = low, High = second.Vague ? second.High : second.Low, End = second.End, Currency = first.Currency ?? second.Currency, HasScale = first.HasScale || second.HasScale };
    }

    private bool MayStartQuantity(int i)
    {
        var w = Tok(i);
        char c = char.ToLowerInvariant(w[0]);
        // Cheap first-letter gate before the lexicon look-ups: hedges, number words, vague words, currencies.
        return c is 'a' or 'b' or 'c' or 'd' or 'e' or 'f' or 'h' or 'i' or 'j' or 'l' or 'm' or 'n' or 'o' or 'r' or 's' or 't' or 'u' or 'w'
            || QuantityVocabulary.DollarPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(w);
    }

    private int MatchHedge(int i, ref Approximation approx)
    {
        foreach (var (words, kind) in QuantityVocabulary.Hedges)
        {
            bool ok = true;
            for (int w = 0; w < words.Length && ok; w++) ok = IsWord(i + w, words[w]);
            if (!ok) continue;
            approx = kind;
            return i + words.Length;
        }
        return i;
    }

    // ---- amounts ----

    private bool TryAmount(int k, out Amount a)
    {
        a = default;
        if (k >= tokens.Count) return false;
        string? currency = null;
        var t = tokens[k];
        if (t.Kind == ScanTokenKind.Symbol && QuantityVocabulary.CurrencySymbols.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Tok(k), out var sym)
            && k + 1 < tokens.Count && tokens[k + 1].Kind == ScanTokenKind.Number)
        { currency = sym; k++; }
        else if (t.Kind == ScanTokenKind.Word && k + 2 < tokens.Count && IsSymbol(k + 1, '$') && Adjacent(k + 1)
            && tokens[k + 2].Kind == ScanTokenKind.Number && QuantityVocabulary.DollarPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Tok(k), out var dp))
        { currency = dp; k += 2; }
        else if (t.Kind == ScanTokenKind.Word && t.Length == 3 && k + 1 < tokens.Count && tokens[k + 1].Kind == ScanTokenKind.Number
            && In(QuantityVocabulary.CurrencyCodes, Tok(k)))
        { currency = Tok(k).ToString(); k++; }

        bool ok = tokens[k].Kind == ScanTokenKind.Number ? TryDigits(k, currency is not null, ref a) : currency is null && TryWords(k, ref a);
        if (!ok) return false;
        a.Currency = currency;
        return true;
    }

    private bool TryDigits(int k, bool money, ref Amount a)
    {
        var s = Tok(k);
        if (!TryParseNumeral(s, out double v)) return false;
        a.Low = v;
        a.Scale = 1;
        a.Digits = true;
        a.YearLike = s.Length == 4 && v is >= 1800 and <= 2099 && v == Math.Floor(v);
        k++;
        if (k < tokens.Count && tokens[k].Kind == ScanTokenKind.Word)
        {
            var w = Tok(k);
            var suffix = NumberWords.ScaleSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();
            if (Adjacent(k) && suffix.TryGetValue(w, out double sx) && (money || w is not ("m" or "M" or "b" or "B")))
            { a.Scale = sx; k++; }
            else if (NumberWords.Scales.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(w, out double sc))
            { a.Scale = sc; k++; }
            else if (w.Equals("dozen", StringComparison.OrdinalIgnoreCase)) { a.Scale = 12; k++; }
        }
        if (a.Scale != 1) { a.Low *= a.Scale; a.HasScale = true; a.YearLike = false; }
        a.High = a.Low;
        a.End = k;
        return true;
    }

    /// <summary>Parses "1,110", "2.5", "300"; rejects "1,10" and "2.0.1" (versions, lists).</summary>
    private static bool TryParseNumeral(ReadOnlySpan<char> s, out double v)
    {
        v = 0;
        int comma = s.IndexOf(','), dot = s.IndexOf('.');
        if (dot >= 0 && s[(dot + 1)..].Contains('.')) return false;
        if (comma >= 0)
        {
            int intEnd = dot >= 0 ? dot : s.Length;
            // Thousands groups are exactly three digits.
            for (int p = intEnd - 4; p > 0; p -= 4) if (s[p] != ',') return false;
            if (comma == 0 || comma > 3 || dot >= 0 && dot < comma) return false;
            Span<char> buf = stackalloc char[s.Length];
            int n = 0;
            foreach (char c in s) if (c != ',') buf[n++] = c;
            return double.TryParse(buf[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out v);
        }
        return double.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out v);
    }

    private bool TryWords(int k, ref Amount a)
    {
        var w = Tok(k);
        var scales = NumberWords.Scales.GetAlternateLookup<ReadOnlySpan<char>>();
        // Capitalized mid-sentence, a number word is part of a name ("Formula One", "Air Force Two").
        if (char.IsUpper(w[0]) && !IsSentenceStart(k)) return false;
        if (w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            if (IsWord(k + 1, "dozen")) return Set(ref a, 12, k + 2);
            if (k + 1 < tokens.Count && tokens[k + 1].Kind == ScanTokenKind.Word && scales.TryGetValue(Tok(k + 1), out double sc))
                return Set(ref a, sc, k + 2, scale: sc);
            if (IsWord(k + 1, "third") || IsWord(k + 1, "quarter") && IsWord(k + 2, "of"))
                return SetFraction(ref a, IsWord(k + 1, "third") ? 100.0 / 3 : 25, k + 2);
            return false;
        }
        if (w.Equals("half", StringComparison.OrdinalIgnoreCase))
        {
            if (IsWord(k + 1, "a") && IsWord(k + 2, "dozen")) return Set(ref a, 6, k + 3);
            // "half a million people" is 500,000, not "a million" after a stray word.
            if (IsWord(k + 1, "a") && k + 2 < tokens.Count && tokens[k + 2].Kind == ScanTokenKind.Word && scales.TryGetValue(Tok(k + 2), out double halfOf))
                return Set(ref a, halfOf / 2, k + 3, scale: halfOf);
            // "the second half", "an hour and a half" are not shares of a whole; "half of", "half the" are.
            if (k > 0 && (IsWord(k - 1, "first") || IsWord(k - 1, "second") || IsWord(k - 1, "a") || IsWord(k - 1, "other"))) return false;
            if (!IsWord(k + 1, "of") && !IsWord(k + 1, "the") && !IsWord(k + 1, "its") && !IsWord(k + 1, "their")
                && !(k > 0 && tokens[k - 1].Kind == ScanTokenKind.Word && !char.IsUpper(Tok(k - 1)[0]) && IsHedgeWord(k - 1)))
                return false;
            return SetFraction(ref a, 50, k + 1);
        }
        if (w is "two-thirds" or "Two-thirds") return SetFraction(ref a, 200.0 / 3, k + 1);
        if (w is "three-quarters" or "Three-quarters") return SetFraction(ref a, 75, k + 1);
        if (QuantityVocabulary.VagueWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(w, out var vague))
        {
            int e = k + 1;
            double lo = vague.Low, hi = vague.High;
            if (IsWord(e, "of") && e + 1 < tokens.Count && QuantityVocabulary.PluralScales.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Tok(e + 1), out double unit))
            {
                lo *= unit;
                hi = (hi + 1) * unit - 1;
                e += 2;
            }
            else if (w.Equals("tens", StringComparison.OrdinalIgnoreCase)) return false;
            a = new Amount { Low = lo, High = hi, Scale = 1, End = e, Vague = true };
            return true;
        }
        if (w.Equals("several", StringComparison.OrdinalIgnoreCase) || w.Equals("few", StringComparison.OrdinalIgnoreCase))
        {
            if (k + 1 < tokens.Count && tokens[k + 1].Kind == ScanTokenKind.Word && scales.TryGetValue(Tok(k + 1), out double sc))
            {
                a = new Amount { Low = 2 * sc, High = 10 * sc - 1, Scale = sc, End = k + 2, Vague = true, HasScale = true };
                return true;
            }
            return false;
        }
        return TryNumberWords(k, ref a);
    }

    private bool IsHedgeWord(int k) => IsWord(k, "nearly") || IsWord(k, "almost") || IsWord(k, "about") || IsWord(k, "roughly")
        || IsWord(k, "than") || IsWord(k, "around") || IsWord(k, "over") || IsWord(k, "just");

    private static bool Set(ref Amount a, double v, int end, double scale = 1)
    {
        a = new Amount { Low = v, High = v, Scale = scale, End = end, HasScale = scale != 1 };
        return true;
    }

    private static bool SetFraction(ref Amount a, double percent, int end)
    {
        a = new Amount { Low = Math.Round(percent, 2), High = Math.Round(percent, 2), Scale = 1, End = end, Fraction = true };
        return true;
    }

    /// <summary>"three", "twenty-five", "two hundred and fifty thousand", "1.5 million" (digits handled elsewhere).</summary>
    private bool TryNumberWords(int k, ref Amount a)
    {
        var scales = NumberWords.Scales.GetAlternateLookup<ReadOnlySpan<char>>();
        double total = 0, current = 0, lastScale = 1;
        bool any = false;
        int e = k;
        while (e < tokens.Count && tokens[e].Kind == ScanTokenKind.Word)
        {
            var w = Tok(e);
            int small = NumberWords.ParseSmall(w);
            bool fits = !any || current == 0 || current % 100 == 0 && small < 100 || current % 100 >= 20 && current % 10 == 0 && small is > 0 and < 10;
            if (small >= 0 && fits) { current += small; any = true; e++; continue; }
            if (any && scales.TryGetValue(w, out double sc))
            {
                if (sc == 100) current = (current == 0 ? 1 : current) * 100;
                else { total += (current == 0 ? 1 : current) * sc; current = 0; }
                lastScale = sc;
                e++;
                continue;
            }
            if (any && w.Equals("and", StringComparison.OrdinalIgnoreCase) && e + 1 < tokens.Count && NumberWords.ParseSmall(Tok(e + 1)) >= 0 && lastScale >= 100)
            { e++; continue; }
            if (any && w.Equals("dozen", StringComparison.OrdinalIgnoreCase)) { current *= 12; e++; break; }
            break;
        }
        if (!any) return false;
        double v = total + current;
        a = new Amount { Low = v, High = v, Scale = lastScale, End = e, HasScale = lastScale >= 1000, WordOne = v == 1 && e == k + 1 };
        return true;
    }

    // ---- units ----

    private (string? Unit, int End) ReadUnit(int k, in Amount amount)
    {
        if (amount.Fraction) return ("%", k);
        if (IsSymbol(k, '%')) return ("%", k + 1);
        if (IsWord(k, "percent")) return ("%", k + 1);
        if (IsWord(k, "per") && IsWord(k + 1, "cent")) return ("%", k + 2);
        if (IsWord(k, "percentage") && (IsWord(k + 1, "points") || IsWord(k + 1, "point"))) return ("percentage points", k + 2);
        int p = k;
        if (IsWord(p, "US") && k + 1 < tokens.Count && IsWord(p + 1, "dollars")) p++;
        // "a 10-year-old boy", "a 24-hour strike": the unit is the word joined by the hyphen.
        if (amount.Digits && IsSymbol(p, '-') && Adjacent(p) && Adjacent(p + 1) && p + 1 < tokens.Count && tokens[p + 1].Kind == ScanTokenKind.Word
            && char.IsLower(Tok(p + 1)[0]))
            return (Tok(p + 1).ToString(), p + 2);
        if (IsWord(p, "of") && (amount.Vague || amount.HasScale) && p + 1 < tokens.Count && IsCurrencyWord(p + 1, amount)) p++;
        if (p < tokens.Count && IsCurrencyWord(p, amount))
            return (QuantityVocabulary.CurrencyWords.GetAlternateLookup<ReadOnlySpan<char>>()[Tok(p)], p + 1);
        if (p < tokens.Count && tokens[p].Kind == ScanTokenKind.Word && tokens[p].Length == 3 && In(QuantityVocabulary.CurrencyCodes, Tok(p)))
            return (Tok(p).ToString(), p + 1);
        if (IsWord(p, "of"))
        {
            // "dozens of protesters", "two of the officials"; "two of them" has no unit of its own.
            if (IsWord(p + 1, "them") || IsWord(p + 1, "us") || IsWord(p + 1, "those") && !HasNounAt(p + 2)) return (null, k);
            int q = p + 1;
            if (IsDeterminer(q)) q++;
            if (amount.Vague || q > p + 1)
            {
                var (u, e) = ReadNoun(q);
                if (u is not null) return (u, e);
            }
            return (null, k);
        }
        var (unit, end) = ReadNoun(p);
        return unit is null ? (null, k) : (unit, end);
    }

    private bool IsCurrencyWord(int p, in Amount amount)
    {
        if (tokens[p].Kind != ScanTokenKind.Word || !QuantityVocabulary.CurrencyWords.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(Tok(p)))
            return false;
        // "five pounds" may be a weight; scaled amounts and "sterling" are money.
        var w = Tok(p);
        if (w.StartsWith("pound", StringComparison.OrdinalIgnoreCase)) return amount.HasScale || amount.Vague || IsWord(p + 1, "sterling");
        return true;
    }

    private bool IsDeterminer(int q) => IsWord(q, "the") || IsWord(q, "these") || IsWord(q, "those") || IsWord(q, "his")
        || IsWord(q, "her") || IsWord(q, "their") || IsWord(q, "its") || IsWord(q, "our") || IsWord(q, "my") || IsWord(q, "your");

    private bool HasNounAt(int p) => ReadNoun(p).Unit is not null;

    /// <summary>Looks plural: ends in "s" but not "ss", "is", "us" (crisis, basis, status), or an irregular plural.</summary>
    private static bool IsPlural(ReadOnlySpan<char> w)
        => w.Length > 3 && w[^1] == 's' && w[^2] is not ('s' or 'i' or 'u') || In(QuantityVocabulary.IrregularPlurals, w);

    /// <summary>The counted noun: the head (last word) of up to three words after the number, stopping at function
    /// words and at a second word that looks like a verb ("27 people killed" → "people"). Units are as written.</summary>
    private (string? Unit, int End) ReadNoun(int p)
    {
        if (p >= tokens.Count || tokens[p].Kind != ScanTokenKind.Word) return (null, p);
        var first = Tok(p);
        if (In(QuantityVocabulary.UnitAbbreviations, first)) return (first.ToString(), p + 1);
        var stops = QuantityVocabulary.UnitStops.GetAlternateLookup<ReadOnlySpan<char>>();
        int headIdx = -1, e = p;
        for (int n = 0; n < 3 && e < tokens.Count && tokens[e].Kind == ScanTokenKind.Word; n++, e++)
        {
            var w = Tok(e);
            if (stops.Contains(w) || w.Contains('\'') || w.Contains('’') || NumberWords.ParseSmall(w) >= 0
                || In(QuantityVocabulary.MonthWords, w)) break;
            if (n > 0 && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal)
                || In(QuantityVocabulary.IrregularVerbs, w))) break;
            if (char.IsUpper(w[0]))
            {
                // Capitalized words only modify ("three US bases") unless one stands alone as a plural ("five Americans").
                if (n == 0 && !(e + 1 < tokens.Count && tokens[e + 1].Kind == ScanTokenKind.Word && char.IsLower(Tok(e + 1)[0]) && !stops.Contains(Tok(e + 1))))
                {
                    if (w.Length > 3 && w[^1] == 's') { headIdx = e; e++; }
                    break;
                }
                if (n > 0) break;
                continue;
            }
            headIdx = e;
            // A plural closes the phrase: "two women spoke", "armored vehicles moved".
            if (IsPlural(w)) break;
            if (e + 1 < tokens.Count && tokens[e + 1].Kind != ScanTokenKind.Word) { e++; break; }
        }
        return headIdx < 0 ? (null, p) : (Tok(headIdx).ToString(), headIdx + 1);
    }

    // ---- rejections: dates, times, identifiers, scores, pronoun "one" ----

    private bool Rejected(int start, int numberAt, in Amount first, string? unit, int end)
    {
        int n = numberAt;
        if (first.Currency is not null) return false;
        if (times.Count > 0)
        {
            int idx = times.IndexAt(tokens[n].Start);
            if (idx >= 0 && times[idx].Kind is not TimeKind.Duration) return true;
        }
        var prevWord = n > 0 && tokens[n - 1].Kind == ScanTokenKind.Word ? Tok(n - 1) : default;
        if (first.Digits)
        {
            if (n > 0 && Adjacent(n))
            {
                // "G7", "MH17", "COVID-19", "F-16", "+44", "#3", "07:33", "1/2".
                var pk = tokens[n - 1];
                if (pk.Kind == ScanTokenKind.Word) return true;
                char pc = text[pk.Start];
                if (pc is '+' or '#' or ':' or '/' or '.' or '№') return true;
                // "COVID-19", "F-16"; and the tail of a pair already refused ("Aug. 9-10", "3-1").
                if (pc is '-' or '–' && n > 1 && Adjacent(n - 1) && tokens[n - 2].Kind is ScanTokenKind.Word or ScanTokenKind.Number) return true;
            }
            int after = n + 1;
            if (after < tokens.Count && Adjacent(after))
            {
                var at = tokens[after];
                char ac = text[at.Start];
                if (at.Kind == ScanTokenKind.Symbol && ac is ':' or '/' && after + 1 < tokens.Count && tokens[after + 1].Kind == ScanTokenKind.Number) return true;
                if (at.Kind == ScanTokenKind.Word && !first.HasScale && !In(QuantityVocabulary.UnitAbbreviations, Tok(after))) return true;
            }
            if (after < tokens.Count && tokens[after].Kind == ScanTokenKind.Number && first.End == after) return true;
            // Digit groups in a row ("+44 20 7946 0958") and leading zeros are phone numbers and codes.
            if (n > 0 && tokens[n - 1].Kind == ScanTokenKind.Number) return true;
            var digits = Tok(n);
            if (digits.Length > 1 && digits[0] == '0' && digits[1] != '.') return true;
            // Long runs of digits without separators are identifiers (tweet and order numbers), not amounts.
            if (digits.Length > 9 && !digits.ContainsAny(',', '.')) return true;
            if (IsMeridiem(first.End)) return true;
            if (prevWord.Length > 0 && In(QuantityVocabulary.MonthWords, prevWord)) return true;
            if (n > 1 && IsSymbol(n - 1, '.') && tokens[n - 2].Kind == ScanTokenKind.Word && In(QuantityVocabulary.MonthWords, Tok(n - 2))) return true;
            if (first.End < tokens.Count && tokens[first.End].Kind == ScanTokenKind.Word
                && (In(QuantityVocabulary.MonthWords, Tok(first.End)) || IsWord(first.End, "of") && first.End + 1 < tokens.Count && In(QuantityVocabulary.MonthWords, Tok(first.End + 1))))
                return true;
            if (IsNoAbbreviation(n)) return true;
            if (prevWord.Length > 0 && start == n)
            {
                if (QuantityVocabulary.IdentifierWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(prevWord)) return true;
                // "Apollo 11", "Boeing 737", "Article 5": a numeral after a capitalized word inside a sentence.
                if (char.IsUpper(prevWord[0]) && !IsSentenceStart(n - 1) && !prevWord.EndsWith("'s", StringComparison.Ordinal)
                    && !prevWord.EndsWith("’s", StringComparison.Ordinal) && !In(QuantityVocabulary.Weekdays, prevWord))
                    return true;
            }
            if (first.YearLike && start == n)
            {
                // "the 2015 winner": a singular noun cannot be counted by 2015.
                if (unit is not null && unit[^1] != 's' && !QuantityVocabulary.IrregularPlurals.Contains(unit)) return true;
                if (prevWord.Length > 0 && QuantityVocabulary.YearContext.GetAlternateLookup<ReadOnlySpan<char>>().Contains(prevWord)) return true;
                if (unit is null) return true;
            }
            if (first.YearLike && start != n && unit is null && !first.HasScale) return true;
        }
        // "a 911 caller", "the 737 jet": a numeral above one before a singular noun is a name or code.
        bool hyphenated = first.End < tokens.Count && IsSymbol(first.End, '-') && Adjacent(first.End);
        if (first.Digits && first.Low > 1 && !first.HasScale && !first.Fraction && !hyphenated && unit is { Length: > 2 } && char.IsLower(unit[0])
            && unit[^1] != 's' && !unit.EndsWith("ed", StringComparison.Ordinal) && unit != "dead" && unit != "percentage points"
            && !QuantityVocabulary.IrregularPlurals.Contains(unit) && !QuantityVocabulary.CollectiveNouns.Contains(unit)
            && !QuantityVocabulary.UnitAbbreviations.Contains(unit))
            return true;
        if (first.WordOne && (unit is null || IsWord(first.End, "of")
            || prevWord.Length > 0 && QuantityVocabulary.OneDeterminers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(prevWord)))
            return true;
        return false;
    }

    private bool IsMeridiem(int k)
    {
        if (k >= tokens.Count || tokens[k].Kind != ScanTokenKind.Word) return false;
        var w = Tok(k);
        if (w is "am" or "pm" or "AM" or "PM" or "a" or "p" or "A" or "P")
            return w.Length == 2 || IsSymbol(k + 1, '.') && (IsWord(k + 2, "m") || IsWord(k + 2, "M"));
        return false;
    }

    private bool IsNoAbbreviation(int n) => n >= 2 && IsSymbol(n - 1, '.') && (IsWord(n - 2, "No") || IsWord(n - 2, "Nos"));

    private bool IsSentenceStart(int k)
    {
        if (k == 0) return true;
        var prev = tokens[k - 1];
        if (text.AsSpan(prev.End, tokens[k].Start - prev.End).Contains('\n')) return true;
        return prev.Kind == ScanTokenKind.Symbol && text[prev.Start] is '.' or '!' or '?' or '"' or '“' or '(' or ':' or '—' or '‘' or '\'';
    }
}
