namespace Sitrep.Analyze.Tests.EndToEnd;

/// <summary>A made-up wire story in the style of coup coverage, written for these tests (no real article).</summary>
internal static class ValdoriaFixture
{
    public static readonly DateTimeOffset Published = new(2024, 3, 14, 0, 0, 0, TimeSpan.Zero); // a Thursday

    public const string Text = """
        Envoys from the Southern Maritime Alliance (SMA) met the leaders of the coup in Port Aurel, the capital of Valdoria, on Monday, but the junta refused to free President Elena Varga, officials said.

        Deputy Foreign Minister Tomas Reyes travelled to Port Aurel with the hope of meeting Varga and the self-declared head of the junta, Gen. Idris Kamara. Valdorian officers blocked both meetings.

        “We are deeply worried about the safety of President Varga and her family,” said Foreign Ministry spokeswoman Anna Lindqvist. “We call for her immediate release.”

        Reyes instead met the junta’s chief of staff, Col. Marc Duval, for more than three hours. A diplomat who asked not to be named said the talks were tense. “They are not willing to give an inch,” the diplomat said.

        The alliance has roughly 2,400 troops stationed at four bases in the region, and its members pledged hundreds of millions of dollars in aid last year. SMA leaders will meet in Lagos, Nigeria, on Friday.

        According to two alliance officials, the junta closed the border in the hours after the coup. Lindqvist said the alliance would decide on sanctions by the end of March.
        """;
}
