using TldToolkit.Client.Transport;
using TldToolkit.Client.Wire;

namespace TldToolkit.Client.Tests.Documented;

/// <summary>A transport that answers each command with the reply text scripted for its name, and records what was sent.</summary>
internal sealed class ScriptedTransport(params (string Command, string Reply)[] script) : IRegistrarTransport
{
    public List<RegistrarCommand> Sent { get; } = [];

    public string Protocol => "scripted";

    public Task<TransportReply> SendAsync(RegistrarCommand command, CancellationToken cancellationToken = default)
    {
        Sent.Add(command);
        var text = script.FirstOrDefault(s => s.Command.Equals(command.Name, StringComparison.OrdinalIgnoreCase)).Reply
            ?? throw new InvalidOperationException("no scripted reply for " + command.Name);
        Assert.True(KeyValueWire.TryParseResponse(text, out var response, out var error), error);
        return Task.FromResult(TransportReply.Answered(response!, 200));
    }
}
