using System.Text.RegularExpressions;
using Sitrep.Core;
using Sitrep.Core.Annotations;
using Sitrep.Core.Pipeline;

namespace Sitrep.Analyze.Dates;

/// <summary>Finds time expressions in the raw text and resolves them to the calendar against the publication date
/// (<see cref="DocumentMeta.Published"/>). Without that anchor, relative expressions are kept but flagged
/// <see cref="TimeExpression.Underspecified"/> with no invented value. Stateless and thread-safe.
/// <para>Values: a day "2023-08-07", a month "2023-08", a year "2023", a quarter "2023-Q3", an interval "start/end"
/// (weeks "2023-07-31/2023-08-06", thirds of a month or year for "early"/"mid"/"late", decades "1990/1999"), a part of
/// day "2023-08-08TAF" (MO, AF, EV, NI), a clock time "2023-08-09T15:00", a duration "PT2H" ("PXM" when the count is
/// unknown), a set "XXXX-WXX-1" or "P2W". Unknown parts are X's ("XXXX-08-09"). Anchors: "explicit",
/// "explicit:month-first" (ambiguous numeric date), "published:…", "previous:…" (the last day mentioned), "next:…"
/// (a day right after a clock time) and "event:the coup". Spans leave out a leading preposition ("on", "in", "by").</para></summary>
public sealed class DateResolver(DateResolverOptions? options = null) : IComponent
{
    private const string Stage = "dates";

    private readonly DateResolverOptions _options = options ?? new DateResolverOptions();

    /// <summary>Every pattern with its priority: where candidates overlap, the higher priority wins, then the longer span.
    /// Full explicit dates outrank everything; bare years and ordinal days are the weakest evidence.</summary>
    private static readonly (Regex Regex, PatternKind Kind, int Priority)[] Patterns =
    [
        (DatePatterns.MonthDay(), PatternKind.MonthDay, 100),
        (DatePatterns.DayMonth(), PatternKind.DayMonth, 100),
        (DatePatterns.Iso(), PatternKind.Iso, 100),
        (DatePatterns.Slash(), PatternKind.Slash, 100),
        (DatePatterns.DottedDmy(), PatternKind.DottedDmy, 95),
        (DatePatterns.Quarter(), PatternKind.Quarter, 90),
        (DatePatterns.Decade(), PatternKind.Decade, 90),
        (DatePatterns.EventWindow(), PatternKind.EventWindow, 85),
        (DatePatterns.Anaphoric(), PatternKind.Anaphoric, 85),
        (DatePatterns.MonthName(), PatternKind.MonthName, 80),
        (DatePatterns.EdgeOfPeriod(), PatternKind.EdgeOfPeriod, 80),
        (DatePatterns.TheWeekend(), PatternKind.TheWeekend, 80),
        (DatePatterns.RelativePeriod(), PatternKind.RelativePeriod, 80),
        (DatePatterns.Season(), PatternKind.Season, 80),
        (DatePatterns.Set(), PatternKind.Set, 75),
        (DatePatterns.Weekday(), PatternKind.Weekday, 70),
        (DatePatterns.RelativeDay(), PatternKind.RelativeDay, 70),
        (DatePatterns.ClockTime(), PatternKind.ClockTime, 60),
        (DatePatterns.ClockTime24(), PatternKind.ClockTime24, 60),
        (DatePatterns.NamedTime(), PatternKind.NamedTime, 60),
        (DatePatterns.Duration(), PatternKind.Duration, 50),
        (DatePatterns.ForDuration(), PatternKind.ForDuration, 45),
        (DatePatterns.HyphenDuration(), PatternKind.HyphenDuration, 45),
        (DatePatterns.Year(), PatternKind.Year, 40),
        (DatePatterns.OrdinalDay(), PatternKind.OrdinalDay, 30),
    ];

    /// <summary>Offsets ("two weeks ago") come out of the duration regex and outrank plain durations and weekdays.</summary>
    private const int OffsetPriority = 85;

    private const int MinAnchorYear = 1000, MaxAnchorYear = 9000;

    public string Name => "dates";

    public IReadOnlyList<LayerKey> Requires => [];

    public IReadOnlyList<LayerKey> Produces => [Layers.TimeExpressions];

    /// <summary>Phases: limit the input, find candidates with every pattern, keep the best non-overlapping ones,
    /// resolve them in text order (so "three days later" can lean on the date before it).</summary>
    public void Process(Document doc, CancellationToken ct)
    {
        string text = doc.Text;
        int length = LimitInput(doc);
        var candidates = FindCandidates(text, length, ct);
        var chosen = CandidateSelector.Select(candidates);
        var resolver = new TimeExpressionResolver(text, UsableAnchor(doc), _options);
        doc.Set(Layers.TimeExpressions, Layer<TimeExpression>.From(resolver.ResolveAll(chosen, ct)));
    }

    /// <summary>A publication date far outside the years news is written in would make date arithmetic overflow;
    /// it is reported and ignored, so relative expressions come out underspecified.</summary>
    private static DocumentMeta UsableAnchor(Document doc)
    {
        if (doc.Meta.Published is not DateTimeOffset p || p.Year is >= MinAnchorYear and <= MaxAnchorYear) return doc.Meta;
        doc.AddProblem(new Problem("dates.anchor-out-of-range",
            $"Publication date {p:O} lies outside {MinAnchorYear}–{MaxAnchorYear}; relative time expressions were left unresolved. Check the page's date metadata.",
            Stage, doc.Meta.Source));
        return doc.Meta with { Published = null };
    }

    private int LimitInput(Document doc)
    {
        int length = doc.Text.Length;
        if (length <= _options.MaxTextLength) return length;
        doc.AddProblem(new Problem("dates.input-too-long",
            $"Text has {length:N0} characters; only the first {_options.MaxTextLength:N0} were scanned for time expressions. " +
            "Split the input or raise DateResolverOptions.MaxTextLength.", Stage, doc.Meta.Source, $"offset {_options.MaxTextLength}"));
        return _options.MaxTextLength;
    }

    private static List<TimeCandidate> FindCandidates(string text, int length, CancellationToken ct)
    {
        var found = new List<TimeCandidate>();
        foreach (var (regex, kind, priority) in Patterns)
        {
            ct.ThrowIfCancellationRequested();
            for (var m = regex.Match(text, 0, length); m.Success; m = m.NextMatch())
            {
                var span = m.Groups["s"] is { Success: true } s ? s : (Group)m;
                if (span.Length == 0) continue;
                var prefix = CandidatePrefix.Read(text.AsSpan(0, length), kind, span.Index);
                var c = new TimeCandidate(prefix.Start, span.Index + span.Length, kind, priority, m, prefix.Modifier, prefix.Relation, prefix.Weekday);
                if (kind == PatternKind.Duration && m.Groups["dir"].Success)
                {
                    // A duration with a direction ("two weeks ago") is an offset; refused as one ("for a decade
                    // before that"), it falls back to the bare duration.
                    var offset = c with { Kind = PatternKind.Offset, Priority = OffsetPriority };
                    if (CandidateFilter.Accept(text, offset))
                    {
                        found.Add(offset with { End = CandidateFilter.ExtendOverReference(text, offset, length) });
                        continue;
                    }
                    var unit = m.Groups["unit"];
                    c = c with { End = unit.Index + unit.Length };
                }
                if (!CandidateFilter.Accept(text, c)) continue;
                found.Add(c with { End = CandidateFilter.ExtendOverReference(text, c, length) });
            }
        }
        return found;
    }
}
