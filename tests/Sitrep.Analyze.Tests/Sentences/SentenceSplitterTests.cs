using Sitrep.Analyze.Sentences;
using Sitrep.Core;
using Sitrep.Core.Pipeline;

namespace Sitrep.Analyze.Tests.Sentences;

public sealed class SentenceSplitterTests
{
    private static readonly Pipeline Pipeline = new PipelineBuilder().UseSentenceSplitter().Build();

    private static string[] Split(string text, SentenceSplitterOptions? options = null)
    {
        var doc = new Document(text);
        var p = options is null ? Pipeline : new PipelineBuilder().UseSentenceSplitter(options).Build();
        p.Process(doc);
        Assert.Empty(doc.Problems);
        return [.. doc.Get(Layers.Sentences).Items.Select(s => doc.TextOf(s.Span))];
    }

    [Fact]
    public void Splits_at_full_stops_question_and_exclamation_marks()
        => Assert.Equal(["The talks ended.", "Why?", "Nobody knows!"], Split("The talks ended. Why? Nobody knows!"));

    [Fact]
    public void Titles_and_months_do_not_end_sentences()
        => Assert.Equal(["Gen. Ali met Sen. Ross and Lt. Col. Park on Sept. 3 and Aug. 4 in St. Louis.", "It rained."],
            Split("Gen. Ali met Sen. Ross and Lt. Col. Park on Sept. 3 and Aug. 4 in St. Louis. It rained."));

    [Fact]
    public void Initials_do_not_end_sentences()
        => Assert.Equal(["J. R. Smith spoke.", "He left."], Split("J. R. Smith spoke. He left."));

    [Fact]
    public void Company_and_country_abbreviations_end_a_sentence_only_before_a_sentence_starter()
        => Assert.Equal(["Shares of Acme Inc. Chairman Bo Li fell in the U.S.", "The U.N. Security Council met at No. 10 Downing St. on Monday.", "It ended."],
            Split("Shares of Acme Inc. Chairman Bo Li fell in the U.S. The U.N. Security Council met at No. 10 Downing St. on Monday. It ended."));

    [Fact]
    public void Decimal_numbers_do_not_end_sentences()
        => Assert.Equal(["Growth was 3.5 percent.", "Prices rose 0.2."], Split("Growth was 3.5 percent. Prices rose 0.2."));

    [Fact]
    public void Closing_quotes_and_parentheses_stay_with_the_sentence_they_close()
        => Assert.Equal(["“We will not leave,” he said.", "“Never.”", "\"Ever.\"", "(Not yet.)", "Done."],
            Split("“We will not leave,” he said. “Never.” \"Ever.\" (Not yet.) Done."));

    [Fact]
    public void Question_inside_a_quote_followed_by_a_lowercase_verb_continues_the_sentence()
        => Assert.Equal(["“Why now?” she asked.", "Nobody answered."], Split("“Why now?” she asked. Nobody answered."));

    [Fact]
    public void Ellipses_end_a_sentence_only_before_a_capital()
        => Assert.Equal(["He waited... and waited...", "Then he left."], Split("He waited... and waited... Then he left."));

    [Fact]
    public void Datelines_stay_with_the_first_sentence()
        => Assert.Equal(["NIAMEY, Niger (Reuters) — Soldiers seized power on Wednesday.", "The president was detained."],
            Split("NIAMEY, Niger (Reuters) — Soldiers seized power on Wednesday. The president was detained."));

    [Fact]
    public void A_dateline_on_its_own_line_still_joins_the_first_sentence()
        => Assert.Equal(["WASHINGTON (AP) —\n\nThe Senate voted."], Split("WASHINGTON (AP) —\n\nThe Senate voted."));

    [Fact]
    public void Paragraph_breaks_and_headlines_without_full_stops_end_sentences()
        => Assert.Equal(["Junta closes border as talks stall", "Soldiers guarded the road", "They left."],
            Split("Junta closes border as talks stall\n\nSoldiers guarded the road\n \nThey left."));

    [Fact]
    public void A_single_line_break_ends_a_sentence_only_when_asked()
    {
        Assert.Single(Split("Line one\nline two"));
        Assert.Equal(2, Split("Line one\nline two", new SentenceSplitterOptions { LineBreakEndsSentence = true }).Length);
    }

    [Fact]
    public void Empty_text_gives_no_sentences() => Assert.Empty(Split(""));

    [Fact]
    public void Text_without_sentence_ends_is_cut_into_bounded_sentences()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", 1000));
        var sentences = Split(words, new SentenceSplitterOptions { MaxSentenceTokens = 100 });
        Assert.Equal(10, sentences.Length);
    }

    [Fact]
    public void Long_sentences_are_cut_after_a_comma_where_possible()
    {
        var text = string.Join(' ', Enumerable.Repeat("a b c d e f g,", 10));
        var sentences = Split(text, new SentenceSplitterOptions { MaxSentenceTokens = 20 });
        Assert.All(sentences, s => Assert.EndsWith(",", s));
    }

    [Fact(Timeout = 300_000)]
    public async Task Ten_megabytes_without_sentence_ends_finish_in_bounded_time()
    {
        await Task.Run(() =>
        {
            var text = string.Concat(Enumerable.Repeat("lorem ipsum dolor sit amet ", 10 * 1024 * 1024 / 27));
            var doc = new Document(text);
            Pipeline.Process(doc);
            Assert.Empty(doc.Problems);
            var sentences = doc.Get(Layers.Sentences);
            Assert.True(sentences.Count > 10_000);
            var tokens = doc.Get(Layers.Tokens);
            foreach (var s in sentences.Items)
                Assert.True(tokens.Within(s.Span).Count() <= 150);
        });
    }
}
