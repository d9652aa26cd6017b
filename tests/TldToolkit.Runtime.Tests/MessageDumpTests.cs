using TldToolkit.Validation;

namespace TldToolkit.Runtime.Tests;

public class MessageDumpTests
{
    // Writes every message to a file for review: TLDTOOLKIT_DUMP_MESSAGES=/tmp/messages.txt dotnet test ...
    [Fact]
    public void Dump_messages_for_review()
    {
        var file = Environment.GetEnvironmentVariable("TLDTOOLKIT_DUMP_MESSAGES");
        if (string.IsNullOrEmpty(file)) return;
        using var writer = new StreamWriter(file);
        foreach (var code in SampleErrors.AllCodes)
        {
            foreach (var error in new[] { SampleErrors.Rich(code), SampleErrors.Bare(code) })
            {
                writer.WriteLine($"## {code} {error.Path}");
                writer.WriteLine($"dev: {error.DeveloperMessage}");
                foreach (var language in new[] { "en", "de", "fr", "ar" })
                    writer.WriteLine($"{language}: {error.Message(language)}");
            }
        }
    }
}
