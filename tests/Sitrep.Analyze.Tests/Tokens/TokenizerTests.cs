using Sitrep.Analyze.Tokens;
using Sitrep.Core;
using Sitrep.Core.Annotations;
using Sitrep.Core.Pipeline;

namespace Sitrep.Analyze.Tests.Tokens;

public sealed class TokenizerTests
{
    private static string Tokens(string text)
        => string.Join(" | ", Tokenizer.Tokenize(text).Select(t => text.Substring(t.Span.Start, t.Span.Length)));

    [Theory]
    [InlineData("He's here.", "He | 's | here | .")]
    [InlineData("They don't know.", "They | do | n't | know | .")]
    [InlineData("I can't, we won't.", "I | ca | n't | , | we | wo | n't | .")]
    [InlineData("the workers' union", "the | workers | ' | union")]
    [InlineData("Ireland’s premier", "Ireland | ’s | premier")]
    [InlineData("the Beatles 's song", "the | Beatles | 's | song")]
    [InlineData("O'Neill and D'Alema met", "O'Neill | and | D'Alema | met")]
    public void Splits_clitics_like_the_Penn_Treebank(string text, string expected) => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("The U.S. economy", "The | U.S. | economy")]
    [InlineData("Gen. Smith and Sen. Jones", "Gen. | Smith | and | Sen. | Jones")]
    [InlineData("Acme Corp. said", "Acme | Corp. | said")]
    [InlineData("on Sept. 11", "on | Sept. | 11")]
    [InlineData("J. R. Smith", "J. | R. | Smith")]
    [InlineData("Room No. 5 said no.", "Room | No. | 5 | said | no | .")]
    [InlineData("at 3 p.m. today", "at | 3 | p.m. | today")]
    public void Keeps_periods_of_abbreviations_acronyms_and_initials(string text, string expected) => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("1,110 people", "1,110 | people")]
    [InlineData("rose 3.5 percent", "rose | 3.5 | percent")]
    [InlineData("cost $1.2 billion", "cost | $ | 1.2 | billion")]
    [InlineData("at 07:33 GMT", "at | 07:33 | GMT")]
    [InlineData("won 3-1 on", "won | 3-1 | on")]
    [InlineData("up 5% to", "up | 5 | % | to")]
    [InlineData("a .5 share", "a | .5 | share")]
    [InlineData("rose C$2 and US$ 5", "rose | C$ | 2 | and | US$ | 5")]
    [InlineData("call +44 20 or 3+4", "call | +44 | 20 | or | 3 | + | 4")]
    [InlineData("1. Stefan Edberg\n2. Pete Sampras", "1. | Stefan | Edberg | 2. | Pete | Sampras")]
    [InlineData("He scored 2. Then", "He | scored | 2 | . | Then")]
    public void Keeps_numbers_whole_and_splits_currency_and_percent(string text, string expected) => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("a Bosnian-Serb leader", "a | Bosnian-Serb | leader")]
    [InlineData("mail ada@example.org now", "mail | ada@example.org | now")]
    [InlineData("see https://example.org/a?b=1.", "see | https://example.org/a?b=1 | .")]
    [InlineData("(see www.example.com)", "( | see | www.example.com | )")]
    [InlineData("AT&T shares", "AT&T | shares")]
    [InlineData("U.S.-led talks", "U.S.-led | talks")]
    public void Keeps_hyphenated_words_emails_and_urls_whole(string text, string expected) => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("“Yes,” she said.", "“ | Yes | , | ” | she | said | .")]
    [InlineData("\"No\" (really)", "\" | No | \" | ( | really | )")]
    [InlineData("«Non» ‘oui’", "« | Non | » | ‘ | oui | ’")]
    [InlineData("Wait... what -- now!?", "Wait | ... | what | -- | now | !?")]
    [InlineData("ended.The next", "ended | . | The | next")]
    public void Splits_punctuation_and_quotes(string text, string expected) => Assert.Equal(expected, Tokens(text));

    [Fact]
    public void Classifies_words_numbers_punctuation_and_symbols()
    {
        var kinds = Tokenizer.Tokenize("Paid $ 5 .").Select(t => t.Kind).ToArray();
        Assert.Equal([TokenKind.Word, TokenKind.Symbol, TokenKind.Number, TokenKind.Punctuation], kinds);
    }

    [Fact]
    public void Empty_text_gives_no_tokens()
    {
        var doc = new Document("");
        new PipelineBuilder().UseTokenizer().Build().Process(doc);
        Assert.Equal(0, doc.Get(Layers.Tokens).Count);
        Assert.Empty(doc.Problems);
    }

    [Fact]
    public void Control_characters_and_zero_width_spaces_separate_tokens_without_failing()
    {
        Assert.Equal("a | b | c | d", Tokens("a\u0000b\u0007c\u200Bd\u0001"));
    }

    [Fact]
    public void Unpaired_surrogates_and_emoji_become_symbol_tokens()
    {
        var text = "ok \uD83D\uDE00 x\uD800y";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(["ok", "\uD83D\uDE00", "x", "\uD800", "y"], tokens.Select(t => text.Substring(t.Span.Start, t.Span.Length)));
    }

    [Fact]
    public void Text_over_the_limit_is_cut_with_a_problem()
    {
        var doc = new Document("alpha beta gamma delta");
        new Tokenizer(new TokenizerOptions { MaxTextLength = 10 }).Process(doc, default);
        var problem = Assert.Single(doc.Problems);
        Assert.Equal("tokens.input-too-long", problem.Code);
        Assert.All(doc.Get(Layers.Tokens).Items, t => Assert.True(t.Span.End <= 10));
    }

    [Fact]
    public void Tokens_never_overlap_and_cover_every_non_space_character()
    {
        var text = "U.S.-led talks (in Geneva) ended; “It's over,” Mr. O'Brien said... 1,000.5% $3 a.m. x'";
        var tokens = Tokenizer.Tokenize(text);
        int covered = 0, last = 0;
        foreach (var t in tokens)
        {
            Assert.True(t.Span.Start >= last);
            last = t.Span.End;
            covered += t.Span.Length;
        }
        Assert.Equal(text.Count(c => !char.IsWhiteSpace(c)), covered);
    }
}
