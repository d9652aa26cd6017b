using Microsoft.Extensions.Configuration;

namespace TldToolkit.Client.Tests.Support;

/// <summary>The <c>TldToolkit:Registrar</c> configuration section for a sandbox, as an application would bind it.</summary>
public static class RegistrarConfiguration
{
    public static IConfiguration For(Uri endpoint, string password, string timeout = "00:00:30") =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TldToolkit:Registrar:Endpoint"] = endpoint.ToString(),
            ["TldToolkit:Registrar:Entity"] = "1234",
            ["TldToolkit:Registrar:Login"] = "sandbox",
            ["TldToolkit:Registrar:Password"] = password,
            ["TldToolkit:Registrar:Timeout"] = timeout,
            ["TldToolkit:Registrar:QueryRetryDelay"] = "00:00:00.001",
        }).Build();
}
