using Microsoft.Extensions.Configuration;
using Sitrep.Extract;
using Sitrep.Extract.Loading;

namespace Sitrep.Cli;

/// <summary>Configuration flows one way: defaults in code → appsettings.json → appsettings.{Environment}.json →
/// SITREP_ environment variables (SITREP_Extract__MaxInputBytes=…) → command-line flags (applied by each command).</summary>
internal sealed class SitrepConfig
{
    public required ExtractOptions Extract { get; init; }
    public required FetchOptions Fetch { get; init; }

    /// <summary>Reads files, directories, stdin and URLs; <paramref name="allowPrivate"/> (the --allow-private flag) overrides Fetch:AllowPrivate.</summary>
    public InputReader CreateInputReader(bool allowPrivate, bool acceptJson = false)
    {
        if (allowPrivate) Fetch.AllowPrivate = true;
        return new InputReader(new PageFetcher(Fetch), Extract.MaxInputBytes) { AcceptJson = acceptJson };
    }

    public static SitrepConfig Load()
    {
        var env = Environment.GetEnvironmentVariable("SITREP_ENVIRONMENT") ?? "Production";
        IConfigurationRoot config;
        try
        {
            config = new ConfigurationBuilder()
                .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
                .AddJsonFile(Path.Combine(AppContext.BaseDirectory, $"appsettings.{env}.json"), optional: true)
                .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
                .AddEnvironmentVariables("SITREP_")
                .Build();
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or IOException)
        {
            // The JSON provider names the file; the innermost exception says what is wrong and where (line, position).
            var inner = ex;
            while (inner.InnerException is { } next) inner = next;
            throw new ConfigurationException(ReferenceEquals(inner, ex) ? ex.Message : $"{ex.Message.TrimEnd('.')}: {inner.Message}");
        }
        var extract = Bind<ExtractOptions>(config, "Extract");
        Require(extract.MaxInputBytes > 0, "Extract:MaxInputBytes", "must be a positive number of bytes");
        Require(extract.MaxElements > 0, "Extract:MaxElements", "must be positive");
        Require(extract.MaxDepth > 0, "Extract:MaxDepth", "must be positive");
        Require(extract.TimeLimit > TimeSpan.Zero, "Extract:TimeLimit", "must be a positive duration such as 00:00:20");
        var fetch = Bind<FetchOptions>(config, "Fetch");
        Require(fetch.Timeout > TimeSpan.Zero, "Fetch:Timeout", "must be a positive duration such as 00:00:30");
        Require(fetch.MaxBytes > 0, "Fetch:MaxBytes", "must be a positive number of bytes");
        Require(fetch.MaxRedirects >= 0, "Fetch:MaxRedirects", "must be zero or more");
        return new SitrepConfig { Extract = extract, Fetch = fetch };
    }

    private static T Bind<T>(IConfiguration config, string section) where T : new()
    {
        try
        {
            return config.GetSection(section).Get<T>(o => o.ErrorOnUnknownConfiguration = true) ?? new T();
        }
        catch (InvalidOperationException ex)
        {
            throw new ConfigurationException($"configuration section '{section}': {Readable(ex.Message)}");
        }
    }

    /// <summary>The binder's message in the user's terms: "to type 'System.Int64'" becomes "to a whole number".</summary>
    private static string Readable(string message) => message
        .Replace("type 'System.Int64'", "a whole number").Replace("type 'System.Int32'", "a whole number")
        .Replace("type 'System.TimeSpan'", "a duration such as 00:00:20").Replace("type 'System.Boolean'", "true or false")
        .Replace("type 'System.Double'", "a number");

    private static void Require(bool ok, string key, string what)
    {
        if (!ok) throw new ConfigurationException($"configuration value '{key}' {what}");
    }
}

/// <summary>A bad configuration value: the CLI stops with exit code 2 naming the key.</summary>
internal sealed class ConfigurationException(string message) : Exception(message);
