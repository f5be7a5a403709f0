using Lingua;

namespace Sitrep.Extract.Metadata;

/// <summary>Detects the language of a text as an ISO 639-1 code (SearchPioneer.Lingua). The detector is built
/// once per process for a fixed set of news languages in low-accuracy mode (trigrams only), which is far faster
/// than the full model and accurate on article-length text; short texts return null. Thread-safe.</summary>
public sealed class LanguageIdentifier
{
    /// <summary>Text beyond this many characters adds time but not accuracy.</summary>
    public const int MaxSampleChars = 3000;
    /// <summary>Fewer letters than this cannot be told apart reliably.</summary>
    public const int MinLetters = 20;

    private static readonly Language[] Supported =
    [
        Language.English, Language.German, Language.French, Language.Spanish, Language.Italian, Language.Portuguese,
        Language.Dutch, Language.Polish, Language.Swedish, Language.Danish, Language.Bokmal, Language.Finnish,
        Language.Czech, Language.Slovak, Language.Hungarian, Language.Romanian, Language.Croatian, Language.Slovene,
        Language.Greek, Language.Russian, Language.Ukrainian, Language.Bulgarian, Language.Turkish, Language.Arabic,
        Language.Hebrew, Language.Persian, Language.Chinese, Language.Japanese, Language.Korean, Language.Hindi,
        Language.Catalan, Language.Indonesian, Language.Vietnamese,
    ];

    private static readonly Lazy<LanguageDetector> Detector = new(
        () => LanguageDetectorBuilder.FromLanguages(Supported).WithLowAccuracyMode().WithPreloadedLanguageModels().Build(),
        LazyThreadSafetyMode.ExecutionAndPublication);

    public string? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var sample = Sample(text);
        int letters = 0;
        foreach (var c in sample)
            if (char.IsLetter(c) && ++letters >= MinLetters) break;
        if (letters < MinLetters) return null;
        var language = Detector.Value.DetectLanguageOf(sample);
        if (language == Language.Unknown) return null;
        var code = language.IsoCode6391();
        return code == IsoCode6391.None ? null : code.ToString().ToLowerInvariant();
    }

    /// <summary>The first <see cref="MaxSampleChars"/> characters, cut at a space so no word is split.</summary>
    private static string Sample(string text)
    {
        if (text.Length <= MaxSampleChars) return text;
        int cut = text.LastIndexOf(' ', MaxSampleChars);
        return text[..(cut > MaxSampleChars / 2 ? cut : MaxSampleChars)];
    }
}
