using TldToolkit.Cli;

var env = CliEnvironment.FromConsole();
try
{
    return TldTool.Run(args, env);
}
finally
{
    env.Out.Flush();
}
