namespace Sitrep.Extract.Content;

/// <summary>What an element means to the block collector.</summary>
internal enum TagKind : byte
{
    Inline, Block, Skip, Heading, ListItem, List, BlockQuote, Pre, Table, Row, Cell, LineBreak, Link, Nav, Footer, Aside, Header,
    Article, Main, Form, Figure, Caption,
}
