using Spectre.Console;

namespace Sitrep.Cli.Output;

/// <summary>A one-line live counter on standard error for long batches; silent when stderr is not a terminal.</summary>
internal sealed class ProgressReporter : IDisposable
{
    private readonly IAnsiConsole? _console;
    private readonly string _verb;
    private long _lastDraw;

    public ProgressReporter(string verb, bool enabled)
    {
        _verb = verb;
        if (enabled && !Console.IsErrorRedirected)
            _console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
    }

    public void Tick(int ok, int failed)
    {
        if (_console is null) return;
        long now = Environment.TickCount64;
        if (now - _lastDraw < 100) return;
        _lastDraw = now;
        _console.Markup($"\r[grey]{_verb}:[/] [green]{ok} done[/]{(failed > 0 ? $", [red]{failed} failed[/]" : "")}   ");
    }

    public void Dispose()
    {
        _console?.Markup("\r" + new string(' ', 60) + "\r");
    }
}
