using Sitrep.Extract.Metadata;

namespace Sitrep.Extract.Tests.Metadata;

public sealed class MetaDateTests
{
    [Theory]
    [InlineData("2023-08-09", "2023-08-09T00:00:00+00:00", false)]
    [InlineData("2023-08-09T23:30:00-05:00", "2023-08-09T23:30:00-05:00", true)]
    [InlineData("2023-08-09T10:15:00Z", "2023-08-09T10:15:00+00:00", true)]
    [InlineData("2023-08-09 10:15", "2023-08-09T10:15:00+00:00", true)]
    [InlineData("20230809", "2023-08-09T00:00:00+00:00", false)]
    [InlineData("Wed, 09 Aug 2023 10:15:00 GMT", "2023-08-09T10:15:00+00:00", true)]
    [InlineData("09.08.2023", "2023-08-09T00:00:00+00:00", false)]
    [InlineData("9. August 2023, 14:05 Uhr", "2023-08-09T14:05:00+00:00", true)]
    [InlineData("August 9, 2023", "2023-08-09T00:00:00+00:00", false)]
    [InlineData("9 de agosto de 2023", "2023-08-09T00:00:00+00:00", false)]
    [InlineData("9 août 2023", "2023-08-09T00:00:00+00:00", false)]
    [InlineData("Published 13/05/2022", "2022-05-13T00:00:00+00:00", false)]
    [InlineData("05/13/2022", "2022-05-13T00:00:00+00:00", false)]
    [InlineData("2024年8月5日 12時30分", "2024-08-05T12:30:00+00:00", true)]
    [InlineData("2024年08月05日 09:15", "2024-08-05T09:15:00+00:00", true)]
    [InlineData("2024년 8월 5일", "2024-08-05T00:00:00+00:00", false)]
    [InlineData("June 3, 2024 10:15 AM GMT+1", "2024-06-03T10:15:00+01:00", true)]
    [InlineData("2024年8月5日 午後3時30分", "2024-08-05T15:30:00+00:00", true)]
    [InlineData("2024년 8월 5일 오후 3:30", "2024-08-05T15:30:00+00:00", true)]
    [InlineData("Version 1.15 vom 9. Mai 2024", "2024-05-09T00:00:00+00:00", false)]
    [InlineData("Ausgabe 10.24 – 9. Mai 2024", "2024-05-09T00:00:00+00:00", false)]
    public void Parses_common_date_formats(string raw, string expected, bool hasTime)
    {
        Assert.True(MetaDate.TryParse(raw, out var parsed));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
        Assert.Equal(expected[^6..], parsed.Value.ToString("zzz", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(hasTime, parsed.HasTime);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2023-13-40")]
    [InlineData("31.02.2023")]
    [InlineData("Call 0800 123 456")]
    [InlineData("1850-01-01")]
    public void Rejects_text_that_is_not_a_plausible_date(string raw)
        => Assert.False(MetaDate.TryParse(raw, out _));

    [Theory]
    [InlineData("https://news.example/2021/03/04/story", "2021-03-04")]
    [InlineData("https://news.example/politik/2021-03-04-story.html", "2021-03-04")]
    [InlineData("https://news.example/archiv/20210304/story", "2021-03-04")]
    [InlineData("https://news.example/meldungen/04-03-2021-story", "2021-03-04")]
    public void Reads_dates_from_url_paths(string url, string expected)
    {
        Assert.True(MetaDate.TryFromUrl(url, out var parsed));
        Assert.Equal(expected, parsed.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(parsed.HasTime);
    }

    [Fact]
    public void Ignores_urls_without_dates()
        => Assert.False(MetaDate.TryFromUrl("https://news.example/story/123456", out _));
}
