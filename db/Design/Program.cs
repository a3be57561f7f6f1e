// dotnet-ef needs an executable start-up project; this one only hosts DesignTimeContextFactory.
Console.WriteLine("Design-time host for dotnet-ef: see tools/add-migration.sh.");
