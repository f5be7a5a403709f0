using Sitrep.Analyze.Dates;
using Sitrep.Analyze.Quantities;
using Sitrep.Core;

namespace Sitrep.Analyze.Tests.Quantities;

/// <summary>Seeded random texts built from the fragments both components react to; any exception, overlap or span
/// outside the text fails (Document.Set checks the last two).</summary>
public sealed class RandomInputTests
{
    private static readonly string[] Fragments =
    [
        "May", "March", "Aug.", "Sept", "9", "2023", "1,110", "1,1", "$", "€", "£", "US", "A$", "%", "-", "–", "/", ":", ".", ",",
        "the", "of", "between", "and", "to", "more than", "at least", "nearly", "half", "a", "dozen", "dozens", "hundreds",
        "tens", "thousands", "millions", "of dollars", "Monday", "last", "next", "early", "mid-", "the end of", "week", "year",
        "ago", "later", "after", "before", "that", "the coup", "in the hours", "p.m.", "a.m.", "GMT", "07:33", "3", "Q3",
        "1990s", "'90s", "every", "on the", "9th", "one", "two", "twenty-five", "hundred", "million", "bn", "m", "km",
        "troops", "people", "percent", "per cent", "9999", "decades", "years ago", "centuries", "from now", "\n", "\t", "\0", "\u2028", "\uD800", "(", ")", "\"",
    ];

    [Fact(Timeout = 300_000)]
    public async Task Random_fragment_soup_never_breaks_either_component()
    {
        await Task.Run(() =>
        {
            var random = new Random(20230809);
            var dates = new DateResolver();
            var quantities = new QuantityRecognizer();
            for (int n = 0; n < 400; n++)
            {
                int count = random.Next(1, 80);
                var parts = new string[count];
                for (int i = 0; i < count; i++) parts[i] = Fragments[random.Next(Fragments.Length)];
                string text = string.Join(random.Next(3) == 0 ? "" : " ", parts);
                DateTimeOffset? published = random.Next(4) switch { 0 => null, 1 => DateTimeOffset.MinValue.AddDays(random.Next(3)), 2 => DateTimeOffset.MaxValue.AddDays(-random.Next(3)), _ => new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(random.Next(365)) };
                var doc = new Document(text, new DocumentMeta { Published = published });
                dates.Process(doc, CancellationToken.None);
                quantities.Process(doc, CancellationToken.None);
                Assert.True(doc.Has(Layers.TimeExpressions) && doc.Has(Layers.Quantities), text);
            }
        });
    }

    [Fact(Timeout = 300_000)]
    public async Task Random_characters_never_break_either_component()
    {
        await Task.Run(() =>
        {
            var random = new Random(4711);
            var dates = new DateResolver();
            var quantities = new QuantityRecognizer();
            const string alphabet = "0123456789 ,.-/:%$€£aAmMpPsSyY\n\t\0\u00a0\uD800\uDC00'’()";
            for (int n = 0; n < 400; n++)
            {
                var chars = new char[random.Next(0, 200)];
                for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
                var doc = new Document(new string(chars), new DocumentMeta { Published = DateTimeOffset.UnixEpoch });
                dates.Process(doc, CancellationToken.None);
                quantities.Process(doc, CancellationToken.None);
                Assert.True(doc.Has(Layers.TimeExpressions) && doc.Has(Layers.Quantities));
            }
        });
    }
}
