Console.Error.WriteLine("tldtool: not built yet");
return 2;
