// Standalone mode of the sandbox: `dotnet run --project src/CoPrA.Sandbox -- --port 8080`.
Console.WriteLine("CoPrA sandbox: the exchange simulator is not built yet.");
return 1;
