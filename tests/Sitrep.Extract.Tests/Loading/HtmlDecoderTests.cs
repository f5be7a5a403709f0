using System.Text;
using Sitrep.Extract.Loading;

namespace Sitrep.Extract.Tests.Loading;

public sealed class HtmlDecoderTests
{
    private static readonly Encoding Latin1252 = CodePages(1252);

    private static Encoding CodePages(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    private const string GermanPage = """
        <html><head><title>Bürgermeister äußert sich</title></head><body>
        <p>Die Straßenbahn fährt ab Dezember öfter. Der Bürgermeister erklärte, die Gebühren würden nicht steigen.
        Anwohner begrüßten die Entscheidung, kritisierten aber die lange Bauzeit und den Lärm in der Nähe der Schule.</p>
        </body></html>
        """;

    [Fact]
    public void Uses_the_byte_order_mark_before_any_declaration()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("<meta charset=\"windows-1252\"><p>Grüße</p>")).ToArray();
        var decoded = HtmlDecoder.Decode(bytes, "text/html; charset=iso-8859-1");
        Assert.Equal("bom", decoded.CharsetSource);
        Assert.Equal("<meta charset=\"windows-1252\"><p>Grüße</p>", decoded.Text);
    }

    [Fact]
    public void Decodes_utf16_with_bom()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<p>Ελλάδα</p>")).ToArray();
        var decoded = HtmlDecoder.Decode(bytes, null);
        Assert.Equal("<p>Ελλάδα</p>", decoded.Text);
        Assert.Equal("utf-16", decoded.Charset);
    }

    [Fact]
    public void Prefers_the_http_header_over_a_conflicting_meta_charset()
    {
        var html = "<html><head><meta charset=\"utf-8\"></head><body><p>Ξένες αγορές</p></body></html>";
        var bytes = Encoding.GetEncoding("iso-8859-7").GetBytes(html);
        var decoded = HtmlDecoder.Decode(bytes, "text/html; charset=ISO-8859-7");
        Assert.Equal("http", decoded.CharsetSource);
        Assert.Contains("Ξένες αγορές", decoded.Text);
    }

    [Fact]
    public void Reads_meta_charset()
    {
        var bytes = Latin1252.GetBytes("<!doctype html><html><head><meta charset='windows-1252'>" + GermanPage[6..]);
        var decoded = HtmlDecoder.Decode(bytes, "text/html");
        Assert.Equal("meta", decoded.CharsetSource);
        Assert.Equal("windows-1252", decoded.Charset);
        Assert.Contains("Straßenbahn fährt", decoded.Text);
    }

    [Fact]
    public void Reads_http_equiv_content_type_after_comments_and_scripts()
    {
        var head = "<html><head><!-- <meta charset=\"utf-8\"> is in a comment --><script>var s = \"<meta charset='koi8-r'>\";</script>"
            + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1250\">";
        var bytes = Encoding.GetEncoding(1250).GetBytes(head + "</head><body><p>Zażółć gęślą jaźń, powiedział minister.</p></body></html>");
        var decoded = HtmlDecoder.Decode(bytes, null);
        Assert.Equal("meta", decoded.CharsetSource);
        Assert.Equal("windows-1250", decoded.Charset);
        Assert.Contains("Zażółć gęślą jaźń", decoded.Text);
    }

    [Fact]
    public void Reads_iso_8859_1_label_as_windows_1252_like_browsers()
    {
        var bytes = Latin1252.GetBytes("<meta charset=\"iso-8859-1\"><p>\u201EQuote\u201C \u2013 dash</p>");
        var decoded = HtmlDecoder.Decode(bytes, null);
        Assert.Contains("\u201EQuote\u201C \u2013 dash", decoded.Text);
    }

    [Fact]
    public void A_western_page_the_detector_takes_for_central_european_is_named_windows_1252()
    {
        const string page = "<html><head><title>Bakers protest new rules</title></head><body><article><h1>Bakers protest new rules</h1>"
            + "<p>Owners of bakeries in the old town said on Monday that the new rules would cost them €300 a month, a “disaster” for small shops.</p>"
            + "<p>The city says the rules keep pavements clear, and that owners were consulted last year.</p></article></body></html>";
        var decoded = HtmlDecoder.Decode(Latin1252.GetBytes(page), null);
        Assert.Equal("windows-1252", decoded.Charset);
        Assert.Contains("€300 a month, a “disaster”", decoded.Text);
    }

    [Fact]
    public void Detects_undeclared_windows_1252_with_accented_words()
    {
        var decoded = HtmlDecoder.Decode(Latin1252.GetBytes(GermanPage), null);
        // Named as what it is, not as a Central European code page that happens to read these letters alike.
        Assert.Equal("windows-1252", decoded.Charset);
        Assert.Contains("Bürgermeister äußert sich", decoded.Text);
        Assert.Contains("begrüßten", decoded.Text);
        Assert.DoesNotContain('\uFFFD', decoded.Text);
    }

    [Fact]
    public void Ignores_a_utf8_declaration_over_latin1_bytes()
    {
        var bytes = Latin1252.GetBytes("<html><head><meta charset=\"utf-8\"></head>" + GermanPage[6..]);
        var decoded = HtmlDecoder.Decode(bytes, "text/html; charset=UTF-8");
        Assert.NotEqual("utf-8", decoded.Charset);
        Assert.Contains("Straßenbahn fährt ab Dezember öfter", decoded.Text);
        Assert.DoesNotContain('\uFFFD', decoded.Text);
    }

    [Fact]
    public void Ignores_a_legacy_declaration_over_valid_utf8_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><meta charset=\"iso-8859-1\"></head>" + GermanPage[6..]);
        var decoded = HtmlDecoder.Decode(bytes, null);
        Assert.Equal("utf-8", decoded.Charset);
        Assert.Contains("Straßenbahn fährt", decoded.Text);
        Assert.DoesNotContain("Ã", decoded.Text);
    }

    [Fact]
    public void Keeps_utf8_with_one_stray_latin1_byte_and_reads_that_byte_as_windows_1252()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=\"utf-8\">" + GermanPage).Concat(new byte[] { (byte)' ', 0xE9, (byte)'t', (byte)'é' }).ToArray();
        var decoded = HtmlDecoder.Decode(bytes, null);
        Assert.Equal("utf-8", decoded.Charset);
        Assert.Contains("Straßenbahn", decoded.Text);
        Assert.EndsWith(" été", decoded.Text);
        Assert.DoesNotContain('\uFFFD', decoded.Text);
    }

    [Fact]
    public void Decodes_a_large_page_mixing_utf8_and_stray_bytes_in_one_pass()
    {
        var chunk = Encoding.UTF8.GetBytes("Grüße aus Köln, schöne Straße. ").Concat(new byte[] { 0xE9, (byte)' ' }).ToArray();
        var bytes = new byte[chunk.Length * 200_000];
        for (int i = 0; i < 200_000; i++) chunk.CopyTo(bytes, i * chunk.Length);
        var decoded = HtmlDecoder.Decode(bytes, "text/html; charset=utf-8");
        Assert.Equal("utf-8", decoded.Charset);
        Assert.StartsWith("Grüße aus Köln, schöne Straße. é ", decoded.Text);
    }

    [Fact]
    public void Treats_plain_ascii_as_utf8_by_default()
    {
        var decoded = HtmlDecoder.Decode("<p>plain</p>"u8, null);
        Assert.Equal(("utf-8", "default"), (decoded.Charset, decoded.CharsetSource));
    }

    [Fact]
    public void Ignores_unknown_charset_labels()
    {
        var decoded = HtmlDecoder.Decode(Encoding.UTF8.GetBytes("<meta charset=\"no-such-charset\"><p>Grüße</p>"), "text/html; charset=bogus");
        Assert.Equal("utf-8", decoded.Charset);
        Assert.Contains("Grüße", decoded.Text);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x00, 0xFF, 0x80, 0x81, 0xFE })]
    [InlineData(new byte[] { (byte)'<', (byte)'m', (byte)'e', (byte)'t', (byte)'a', (byte)' ', (byte)'c', (byte)'h', (byte)'a', (byte)'r', (byte)'s', (byte)'e', (byte)'t', (byte)'=', (byte)'"' })]
    public void Decodes_empty_binary_and_truncated_input_without_throwing(byte[] bytes)
    {
        var decoded = HtmlDecoder.Decode(bytes, "text/html; charset=");
        Assert.NotNull(decoded.Text);
    }
}
