using System.Diagnostics;
using Sitrep.Extract.Content;

namespace Sitrep.Extract.Tests.Content;

public sealed class PageWalkerTests
{
    private static readonly ExtractOptions Options = new();

    private static List<string> Blocks(string bodyHtml, bool reuse = false)
    {
        var dom = PageParser.Parse($"<html><body>{bodyHtml}</body></html>", Options);
        var page = reuse
            ? PageWalker.WalkReusing(dom.Body!, Options, Stopwatch.StartNew(), default)
            : PageWalker.Walk(dom.Body!, Options, Stopwatch.StartNew(), default);
        return page.Blocks.Select(b => page.TextOf(b)).ToList();
    }

    [Fact]
    public void White_space_of_every_kind_collapses_to_one_space()
    {
        var blocks = Blocks("<p>  The\tminister\u00A0said \n\n  on   Tuesday\u2003that  </p>");
        Assert.Equal(["The minister said on Tuesday that"], blocks);
    }

    [Fact]
    public void Invisible_characters_are_dropped_inside_words()
    {
        var blocks = Blocks("<p>Pro\u00ADgramme and zero\u200Bwidth\uFEFF text</p>");
        Assert.Equal(["Programme and zerowidth text"], blocks);
    }

    [Fact]
    public void Ruby_readings_are_left_out_of_the_text()
    {
        // Furigana over kanji: the reading (rt) and its fallback brackets (rp) are pronunciation aids, not text.
        var blocks = Blocks("<p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもの<ruby>教育<rt>きょういく</rt></ruby>について</p>");
        Assert.Equal(["子どもの教育について"], blocks);
    }

    [Fact]
    public void Noscript_content_is_read_only_when_asked()
    {
        var dom = PageParser.Parse("<html><body><p>Shown by scripts.</p><noscript><p>Shown without scripts.</p><p>Also.</p></noscript><noscript><p>Please enable JavaScript.</p></noscript></body></html>", Options);
        var plain = PageWalker.Walk(dom.Body!, Options, Stopwatch.StartNew(), default);
        var withNoscript = PageWalker.Walk(dom.Body!, Options, Stopwatch.StartNew(), default, readNoscript: true);
        Assert.Equal(["Shown by scripts."], plain.Blocks.Select(b => plain.TextOf(b)));
        Assert.Equal(["Shown by scripts.", "Shown without scripts.", "Also."], withNoscript.Blocks.Select(b => withNoscript.TextOf(b)));
    }

    [Fact]
    public void Text_split_across_inline_elements_keeps_its_spaces()
    {
        var blocks = Blocks("<p>The <a href='/x'>central bank</a> raised <b>rates</b>, <i>again</i>.</p>");
        Assert.Equal(["The central bank raised rates, again."], blocks);
    }

    [Fact]
    public void Preformatted_text_keeps_its_spaces_and_line_breaks()
    {
        var blocks = Blocks("<pre>x = 1\r\n  y = x  + 2</pre>");
        Assert.Equal(["x = 1\n  y = x  + 2"], blocks);
    }

    [Fact]
    public void Preformatted_layout_loses_leading_tabs_and_trailing_spaces()
    {
        var blocks = Blocks("<pre>\t\u00A0  \t4 x 100 m relay\t \n\tGirls A  </pre>");
        Assert.Equal(["4 x 100 m relay\n Girls A"], blocks);
    }

    [Fact]
    public void Punctuation_and_link_text_are_counted_per_block()
    {
        var dom = PageParser.Parse("<html><body><p>One. Two, <a href='/a'>three four</a>! Five?</p></body></html>", Options);
        var page = PageWalker.Walk(dom.Body!, Options, Stopwatch.StartNew(), default);
        var block = Assert.Single(page.Blocks);
        Assert.Equal(4, block.Punctuation);
        Assert.Equal("threefour".Length, block.LinkLength);
    }

    [Fact]
    public void A_reused_walker_starts_each_page_afresh()
    {
        // The first page ends inside open elements (a link, a table cell, pre) with a pending space.
        Blocks("<table><tr><td>cell <a href='/x'>link <pre>unclosed   ", reuse: true);
        var reused = Blocks("<p>Second  page, <b>plain</b> text.</p><p>Another paragraph.</p>", reuse: true);
        var fresh = Blocks("<p>Second  page, <b>plain</b> text.</p><p>Another paragraph.</p>");
        Assert.Equal(fresh, reused);
        Assert.Equal(["Second page, plain text.", "Another paragraph."], reused);
    }
}
