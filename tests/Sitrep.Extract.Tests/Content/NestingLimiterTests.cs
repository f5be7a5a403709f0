using Sitrep.Extract.Content;

namespace Sitrep.Extract.Tests.Content;

public sealed class NestingLimiterTests
{
    [Theory]
    [InlineData("p")]
    [InlineData("P")]
    [InlineData("li")]
    [InlineData("Br")]
    [InlineData("img")]
    [InlineData("META")]
    [InlineData("tbody")]
    [InlineData("option")]
    [InlineData("source")]
    public void Void_and_implicitly_closed_tags_add_no_depth(string tag)
    {
        var html = string.Concat(Enumerable.Repeat($"<{tag}>x", 300));
        Assert.Same(html, NestingLimiter.Limit(html, 50, out bool flattened));
        Assert.False(flattened);
    }

    [Theory]
    [InlineData("div")]
    [InlineData("SPAN")]
    [InlineData("a")]
    [InlineData("pre")]
    [InlineData("table")]
    [InlineData("options")]
    public void Nested_containers_beyond_the_limit_are_flattened_with_their_text_kept(string tag)
    {
        var html = string.Concat(Enumerable.Repeat($"<{tag}>x", 300)) + string.Concat(Enumerable.Repeat($"</{tag}>", 300));
        var limited = NestingLimiter.Limit(html, 50, out bool flattened);
        Assert.True(flattened);
        Assert.Equal(300, limited.Count(c => c == 'x'));
        Assert.Equal(50, limited.Split($"<{tag}>").Length - 1);
    }
}
